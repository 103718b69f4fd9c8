#include "notificationtray.h"

namespace Wk {

namespace {
constexpr qsizetype MaxBody = 300;

QString shorten(const QString &text)
{
    return text.size() <= MaxBody ? text : text.left(MaxBody - 1) + QChar(0x2026);
}
} // namespace

NotificationTray::NotificationTray(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_settings(ChannelConfig::defaults(ChannelType::Desktop))
{}

NotificationTray::~NotificationTray()
{
    if (m_reminder)
        m_clock->cancel(m_reminder);
}

void NotificationTray::setSettings(const ChannelConfig &desktop)
{
    const bool intervalChanged = desktop.reminderIntervalMs != m_settings.reminderIntervalMs;
    m_settings = desktop;
    if (intervalChanged && m_reminder) {
        m_clock->cancel(m_reminder);
        m_reminder = 0;
    }
    update();
}

int NotificationTray::severityRank(QStringView severity)
{
    if (severity.compare(u"critical", Qt::CaseInsensitive) == 0)
        return 4;
    if (severity.compare(u"high", Qt::CaseInsensitive) == 0)
        return 3;
    if (severity.compare(u"medium", Qt::CaseInsensitive) == 0)
        return 2;
    if (severity.compare(u"low", Qt::CaseInsensitive) == 0)
        return 1;
    return 0;
}

QString NotificationTray::severityOf(const Alert &alert)
{
    return alert.labels.value(u"severity").trimmed().toLower();
}

QString NotificationTray::nameOf(const Alert &alert)
{
    const QString name = alert.labels.value(u"alertname");
    return name.isEmpty() ? alert.ruleName : name;
}

bool NotificationTray::isQuietNow() const
{
    return m_settings.quietHours.contains(m_clock->nowMs());
}

bool NotificationTray::allows(const QString &severity) const
{
    if (!m_settings.servesSeverity(severity))
        return false;
    return severity == u"critical" || !isQuietNow();
}

bool NotificationTray::popup(const QString &title, const QString &body, const QString &severity)
{
    if (!allows(severity))
        return false;
    Q_EMIT show(title, shorten(body), severity);
    return true;
}

bool NotificationTray::firing(const Alert &alert)
{
    const QString severity = severityOf(alert);
    const bool known = m_firing.contains(alert.id);
    m_firing.insert(alert.id, Entry{severity, known && m_firing.value(alert.id).acknowledged});
    update();
    const QString summary = alert.annotations.value(QStringLiteral("summary"));
    const bool shown = popup(tr("[%1] %2").arg(severity.toUpper(), nameOf(alert)),
                             summary.isEmpty() ? nameOf(alert) : summary, severity);
    if (shown)
        Q_EMIT playSound(severity);
    return shown;
}

bool NotificationTray::resolved(const Alert &alert)
{
    const QString severity = severityOf(alert);
    m_firing.remove(alert.id);
    update();
    const QString summary = alert.annotations.value(QStringLiteral("summary"));
    return popup(tr("Resolved: %1").arg(nameOf(alert)), summary.isEmpty() ? nameOf(alert) : summary,
                 severity);
}

bool NotificationTray::acknowledged(const Alert &alert, const QString &who, const QString &note)
{
    const QString severity = severityOf(alert);
    auto it = m_firing.find(alert.id);
    if (it != m_firing.end())
        it->acknowledged = true;
    update();
    QString body = who.isEmpty() ? tr("Acknowledged") : tr("Acknowledged by %1").arg(who);
    if (!note.isEmpty())
        body += QStringLiteral(": ") + note;
    return popup(tr("Acknowledged: %1").arg(nameOf(alert)), body, severity);
}

void NotificationTray::unacknowledged(const Alert &alert)
{
    auto it = m_firing.find(alert.id);
    if (it == m_firing.end() || !it->acknowledged)
        return;
    it->acknowledged = false;
    update();
}

bool NotificationTray::escalated(const Alert &alert, int step)
{
    const QString severity = severityOf(alert);
    const QString summary = alert.annotations.value(QStringLiteral("summary"));
    const bool shown = popup(tr("Escalation step %1: %2").arg(step).arg(nameOf(alert)),
                             summary.isEmpty() ? nameOf(alert) : summary, severity);
    if (shown)
        Q_EMIT playSound(severity);
    return shown;
}

bool NotificationTray::test()
{
    Q_EMIT show(tr("Watchkeeper test notification"),
                tr("Desktop notifications reach you. No action is needed."), QStringLiteral("low"));
    return true;
}

int NotificationTray::unacknowledgedCount() const
{
    int n = 0;
    for (const Entry &e : m_firing) {
        if (!e.acknowledged)
            ++n;
    }
    return n;
}

QString NotificationTray::worstSeverity() const
{
    QString worst;
    int rank = -1;
    for (const Entry &e : m_firing) {
        if (!e.acknowledged && severityRank(e.severity) > rank) {
            rank = severityRank(e.severity);
            worst = e.severity;
        }
    }
    return worst;
}

QString NotificationTray::worstRepeating() const
{
    QString worst;
    int rank = -1;
    for (const Entry &e : m_firing) {
        if (!e.acknowledged && m_settings.repeatSeverities.contains(e.severity) &&
            severityRank(e.severity) > rank) {
            rank = severityRank(e.severity);
            worst = e.severity;
        }
    }
    return rank < 0 ? QString() : worst;
}

void NotificationTray::update()
{
    const int count = unacknowledgedCount();
    const QString worst = worstSeverity();
    if (count != m_lastCount || worst != m_lastWorst) {
        m_lastCount = count;
        m_lastWorst = worst;
        Q_EMIT badgeChanged(count, worst);
    }
    const bool repeating = !worstRepeating().isEmpty() && m_settings.reminderIntervalMs > 0;
    if (repeating && !m_reminder) {
        m_reminder = m_clock->callAfter(m_settings.reminderIntervalMs, this, [this] { remind(); });
    } else if (!repeating && m_reminder) {
        m_clock->cancel(m_reminder);
        m_reminder = 0;
    }
}

void NotificationTray::remind()
{
    m_reminder = 0;
    const QString severity = worstRepeating();
    if (severity.isEmpty())
        return;
    if (allows(severity))
        Q_EMIT soundReminder(severity, unacknowledgedCount());
    m_reminder = m_clock->callAfter(m_settings.reminderIntervalMs, this, [this] { remind(); });
}

} // namespace Wk
