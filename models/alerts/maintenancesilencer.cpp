#include "maintenancesilencer.h"

#include "silencestore.h"

#include "models/core/logging.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace Wk {

namespace {

const QString MarkerPrefix = QStringLiteral("[wk-maintenance ");

QString actorOf(const MaintenanceWindow &w)
{
    return w.createdBy.isEmpty() ? QStringLiteral("watchkeeper") : w.createdBy;
}

} // namespace

MaintenanceSilencer::MaintenanceSilencer(Windows windows, SilenceStore *store, Clock *clock,
                                         QObject *parent)
    : QObject(parent)
    , m_windows(std::move(windows))
    , m_store(store)
    , m_clock(clock ? clock : SystemClock::instance())
{}

MaintenanceSilencer::~MaintenanceSilencer()
{
    if (m_timer)
        m_clock->cancel(m_timer);
}

void MaintenanceSilencer::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (m_timer) {
        m_clock->cancel(m_timer);
        m_timer = 0;
    }
    if (enabled)
        sync();
}

void MaintenanceSilencer::schedule()
{
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = m_clock->callAfter(CheckMs, this, [this] {
        m_timer = 0;
        sync();
    });
}

QString MaintenanceSilencer::markerOf(const MaintenanceWindow &w,
                                      const MaintenanceWindow::Occurrence &o)
{
    const Silence s = silenceFor(w, o);
    QStringList what;
    for (const LabelMatcher &m : s.matchers)
        what << m.toString();
    what << QString::number(o.endMs);
    const QByteArray digest =
        QCryptographicHash::hash(what.join(u'\n').toUtf8(), QCryptographicHash::Sha1).toHex();
    return MarkerPrefix + QStringLiteral("%1 %2 %3]")
                              .arg(w.id)
                              .arg(o.startMs)
                              .arg(QString::fromLatin1(digest.left(8)));
}

Silence MaintenanceSilencer::silenceFor(const MaintenanceWindow &w,
                                        const MaintenanceWindow::Occurrence &o)
{
    Silence s;
    s.matchers = w.matchers;
    if (!w.suppressCritical) {
        s.matchers << LabelMatcher(QStringLiteral("severity"), LabelMatcher::Op::NotEqual,
                                   QStringLiteral("critical"));
    }
    // Alertmanager wants one matcher that does not match the empty string.
    const bool anchored = std::any_of(s.matchers.cbegin(), s.matchers.cend(),
                                      [](const LabelMatcher &m) { return !m.matches(QString()); });
    if (!anchored) {
        s.matchers.prepend(LabelMatcher(QStringLiteral("alertname"), LabelMatcher::Op::RegexMatch,
                                        QStringLiteral(".+")));
    }
    s.startsAtMs = o.startMs;
    s.endsAtMs = o.endMs;
    s.createdBy = actorOf(w);
    const QString comment = w.comment.isEmpty() ? QString() : QStringLiteral(": ") + w.comment;
    s.comment = tr("Maintenance window \"%1\"%2").arg(w.name, comment);
    return s;
}

bool MaintenanceSilencer::isMaintenanceSilence(const Silence &silence)
{
    return silence.comment.contains(MarkerPrefix);
}

void MaintenanceSilencer::sync()
{
    if (!m_enabled || !m_store)
        return;
    schedule();
    const qint64 now = m_clock->nowMs();
    // What should be silenced now and within the lead time.
    QHash<QString, Silence> wanted;
    for (const MaintenanceWindow &w : m_windows()) {
        QList<MaintenanceWindow::Occurrence> occurrences;
        if (const auto in = w.occurrenceAt(now))
            occurrences << *in;
        if (const auto next =
                w.nextOccurrence(occurrences.isEmpty() ? now : occurrences.first().endMs);
            next && next->startMs <= now + LeadMs && !occurrences.contains(*next))
            occurrences << *next;
        for (const auto &o : std::as_const(occurrences)) {
            if (o.endMs <= now)
                continue;
            Silence s = silenceFor(w, o);
            const QString marker = markerOf(w, o);
            s.comment += u' ' + marker;
            wanted.insert(marker, s);
        }
    }
    // What Alertmanager has of ours.
    static const QRegularExpression markerRe(QStringLiteral("\\[wk-maintenance [^\\]]*\\]"));
    QSet<QString> present;
    for (const Silence &s : m_store->silences()) {
        if (!isMaintenanceSilence(s) || s.stateAt(now) == Silence::State::Expired)
            continue;
        const QString marker = markerRe.match(s.comment).captured();
        if (wanted.contains(marker)) {
            present.insert(marker);
        } else if (!m_expiring.contains(s.id)) {
            // The window was removed or changed: its silence goes.
            m_expiring.insert(s.id);
            const QString id = s.id;
            m_store->expire(id, QStringLiteral("watchkeeper"),
                            tr("the maintenance window was changed or removed"),
                            [this, id](const std::optional<Error> &err) {
                                m_expiring.remove(id);
                                if (err)
                                    qCWarning(lcAlerts).noquote() << err->toString();
                            });
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (present.contains(it.key()) || m_saving.contains(it.key()))
            continue;
        m_saving.insert(it.key());
        const QString marker = it.key();
        m_store->save(it.value(), [this, marker](const Result<QString> &r) {
            m_saving.remove(marker);
            if (!r)
                qCWarning(lcAlerts).noquote()
                    << tr("maintenance silence not created: %1").arg(r.error().toString());
        });
    }
}

} // namespace Wk
