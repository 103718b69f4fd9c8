#include "settingsuserpage.h"

#include "models/config/userconfig.h"
#include "models/incidents/incidentrepository.h"
#include "widgets/thememanager.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeEdit>
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

SettingsUserPage::SettingsUserPage(UserConfig *config, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);

    auto *who = new QGroupBox(tr("Operator"), this);
    auto *wf = new QFormLayout(who);
    m_operator = new QLineEdit(who);
    m_operator->setObjectName(QStringLiteral("operatorName"));
    m_operator->setPlaceholderText(IncidentRepository::systemUserName());
    m_operator->setText(config->operatorName());
    m_operator->setClearButtonEnabled(true);
    wf->addRow(tr("&Your name"), m_operator);
    wf->addRow(QString(), note(tr("Written on acknowledgements, silences and incident timelines. "
                                  "Empty: your login name."),
                               who));
    v->addWidget(who);

    auto *quiet = new QGroupBox(tr("Quiet hours"), this);
    auto *qv = new QVBoxLayout(quiet);
    m_quiet = new QCheckBox(tr("&Hold back popups and sounds during quiet hours"), quiet);
    m_quiet->setObjectName(QStringLiteral("quietHours"));
    qv->addWidget(m_quiet);
    auto *span = new QHBoxLayout;
    m_quietStart = new QTimeEdit(quiet);
    m_quietStart->setObjectName(QStringLiteral("quietStart"));
    m_quietStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietStart->setAccessibleName(tr("Quiet hours start"));
    m_quietEnd = new QTimeEdit(quiet);
    m_quietEnd->setObjectName(QStringLiteral("quietEnd"));
    m_quietEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietEnd->setAccessibleName(tr("Quiet hours end"));
    auto *fromLabel = new QLabel(tr("&From"), quiet);
    fromLabel->setBuddy(m_quietStart);
    auto *toLabel = new QLabel(tr("t&o"), quiet);
    toLabel->setBuddy(m_quietEnd);
    span->addWidget(fromLabel);
    span->addWidget(m_quietStart);
    span->addWidget(toLabel);
    span->addWidget(m_quietEnd);
    span->addStretch(1);
    qv->addLayout(span);
    qv->addWidget(note(tr("Critical alerts still pop up and sound; the tray badge always counts. "
                          "The span may cross midnight."),
                       quiet));
    v->addWidget(quiet);
    v->addStretch(1);

    const bool has = config->hasQuietHours();
    m_quiet->setChecked(has);
    m_quietStart->setTime(has ? config->quietStart() : QTime(22, 0));
    m_quietEnd->setTime(has ? config->quietEnd() : QTime(7, 0));
    m_quietStart->setEnabled(has);
    m_quietEnd->setEnabled(has);
    m_lastOperator = config->operatorName();

    connect(m_operator, &QLineEdit::editingFinished, this, &SettingsUserPage::operatorEdited);
    connect(m_quiet, &QCheckBox::toggled, this, &SettingsUserPage::quietEdited);
    connect(m_quietStart, &QTimeEdit::timeChanged, this, &SettingsUserPage::quietEdited);
    connect(m_quietEnd, &QTimeEdit::timeChanged, this, &SettingsUserPage::quietEdited);
}

void SettingsUserPage::operatorEdited()
{
    const QString name = m_operator->text().trimmed();
    if (name == m_lastOperator)
        return;
    m_lastOperator = name;
    m_config->setOperatorName(name);
    m_config->sync();
    Q_EMIT operatorChanged(name.isEmpty() ? IncidentRepository::systemUserName() : name);
}

void SettingsUserPage::quietEdited()
{
    const bool on = m_quiet->isChecked();
    m_quietStart->setEnabled(on);
    m_quietEnd->setEnabled(on);
    if (on)
        m_config->setQuietHours(m_quietStart->time(), m_quietEnd->time());
    else
        m_config->clearQuietHours();
    m_config->sync();
    if (m_config->hasQuietHours())
        Q_EMIT quietHoursChanged(m_config->quietStart(), m_config->quietEnd());
    else
        Q_EMIT quietHoursChanged(QTime(), QTime());
}

} // namespace Wk
