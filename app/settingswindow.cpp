#include "settingswindow.h"

#include "settingsappearancepage.h"
#include "settingschannelspage.h"
#include "settingstargetspage.h"
#include "settingsuserpage.h"

#include "widgets/thememanager.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Wk {

SettingsWindow::SettingsWindow(UserConfig *config, const QString &workspacePath, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_targets(new SettingsTargetsPage(workspacePath, this))
    , m_channels(new SettingsChannelsPage(workspacePath, this))
    , m_user(new SettingsUserPage(config, this))
    , m_appearance(new SettingsAppearancePage(config, this))
{
    setWindowTitle(tr("Settings — Watchkeeper"));
    setObjectName(QStringLiteral("settingsWindow"));

    auto *h = new QHBoxLayout(this);
    m_nav->setObjectName(QStringLiteral("settingsNav"));
    m_nav->setAccessibleName(tr("Settings pages"));
    m_nav->setFixedWidth(170);
    const QList<QPair<QString, QWidget *>> pages{
        {tr("Targets"), m_targets},
        {tr("Notifications"), m_channels},
        {tr("You"), m_user},
        {tr("Appearance"), m_appearance},
    };
    for (int i = 0; i < pages.size(); ++i) {
        auto *item = new QListWidgetItem(pages.at(i).first, m_nav);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pages.at(i).first).arg(i + 1));
        item->setSizeHint(QSize(0, 34));
        auto *page = new QWidget(m_stack);
        auto *pv = new QVBoxLayout(page);
        auto *title = new QLabel(pages.at(i).first, page);
        QFont f = ThemeManager::current().font(ThemeManager::current().titlePt + 5, true);
        title->setFont(f);
        pv->addWidget(title);
        pv->addWidget(pages.at(i).second, 1);
        auto *scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(page);
        m_stack->addWidget(scroll);
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_nav->setCurrentRow(i); });
    }
    h->addWidget(m_nav);
    h->addWidget(m_stack, 1);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);
    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    connect(m_targets, &SettingsTargetsPage::targetsChanged, this, &SettingsWindow::targetsChanged);
    connect(m_channels, &SettingsChannelsPage::notificationsChanged, this,
            &SettingsWindow::notificationsChanged);
    connect(m_user, &SettingsUserPage::operatorChanged, this, &SettingsWindow::operatorChanged);
    connect(m_user, &SettingsUserPage::quietHoursChanged, this, &SettingsWindow::quietHoursChanged);
    connect(m_appearance, &SettingsAppearancePage::themeChanged, this,
            &SettingsWindow::themeChanged);
    connect(m_appearance, &SettingsAppearancePage::languageChanged, this,
            &SettingsWindow::languageChanged);
    resize(1060, 760);
}

SettingsWindow::~SettingsWindow() = default;

void SettingsWindow::showPage(Page page)
{
    m_nav->setCurrentRow(int(page));
}

SettingsWindow::Page SettingsWindow::currentPage() const
{
    return Page(m_nav->currentRow());
}

} // namespace Wk
