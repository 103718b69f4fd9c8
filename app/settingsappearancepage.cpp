#include "settingsappearancepage.h"

#include "settingsthemepreview.h"
#include "translation.h"

#include "models/config/userconfig.h"
#include "widgets/thememanager.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Wk {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, ThemeManager::current().textMuted);
    l->setPalette(p);
    return l;
}

} // namespace

QStringList SettingsAppearancePage::availableLanguages()
{
    return Translation::available();
}

SettingsAppearancePage::SettingsAppearancePage(UserConfig *config, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);

    auto *themes = new QGroupBox(tr("Theme"), this);
    auto *tv = new QVBoxLayout(themes);
    auto *row = new QHBoxLayout;
    m_desktop = new SettingsThemePreview(Theme::desktop(), tr("Desktop"), themes);
    m_desktop->setObjectName(QStringLiteral("themeDesktop"));
    m_desktop->setToolTip(tr("Light, for a desk"));
    m_wall = new SettingsThemePreview(Theme::wall(), tr("Wall"), themes);
    m_wall->setObjectName(QStringLiteral("themeWall"));
    m_wall->setToolTip(tr("Dark with large type, for a screen across the room"));
    row->addWidget(m_desktop);
    row->addWidget(m_wall);
    row->addStretch(1);
    tv->addLayout(row);
    tv->addWidget(note(tr("Applies at once to every window. A wall started with --wall always "
                          "uses the wall theme."),
                       themes));
    v->addWidget(themes);

    auto *lang = new QGroupBox(tr("Language"), this);
    auto *lf = new QFormLayout(lang);
    m_language = new QComboBox(lang);
    m_language->setObjectName(QStringLiteral("language"));
    const QLocale system = QLocale::system();
    const QString systemName = system.nativeLanguageName();
    m_language->addItem(systemName.isEmpty() ? tr("System language")
                                             : tr("System language (%1)").arg(systemName),
                        QString());
    for (const QString &code : availableLanguages()) {
        const QLocale l(code);
        QString name = l.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(config->language())));
    lf->addRow(tr("&Language"), m_language);
    auto *restart = note(tr("The window changes language at once. At the next start the command "
                            "line's --lang wins over this choice."),
                         lang);
    restart->setObjectName(QStringLiteral("languageRestartNote"));
    lf->addRow(QString(), restart);
    v->addWidget(lang);
    v->addStretch(1);

    (config->theme() == UserConfig::themeWall() ? m_wall : m_desktop)->setChecked(true);
    connect(m_desktop, &QAbstractButton::clicked, this,
            [this] { chooseTheme(UserConfig::themeDesktop()); });
    connect(m_wall, &QAbstractButton::clicked, this,
            [this] { chooseTheme(UserConfig::themeWall()); });
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        const QString code = m_language->itemData(index).toString();
        if (code == m_config->language())
            return;
        m_config->setLanguage(code);
        m_config->sync();
        Q_EMIT languageChanged(code);
    });
}

void SettingsAppearancePage::chooseTheme(const QString &theme)
{
    (theme == UserConfig::themeWall() ? m_wall : m_desktop)->setChecked(true);
    const Theme::Variant variant =
        theme == UserConfig::themeWall() ? Theme::Variant::Wall : Theme::Variant::Desktop;
    const bool changed = ThemeManager::current().variant != variant;
    m_config->setTheme(theme);
    m_config->sync();
    if (changed) {
        ThemeManager::instance()->setVariant(variant);
        Q_EMIT themeChanged(theme);
    }
}

} // namespace Wk
