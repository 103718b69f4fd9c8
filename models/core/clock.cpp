#include "clock.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace Wk {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

Clock::TimerId SystemClock::callAt(qint64 atMs, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_next++;
    auto *timer = new QTimer(context ? context : this); // owned by its context
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, timer, [this, id, timer, fn = std::move(fn)] {
        m_timers.remove(id);
        timer->deleteLater();
        fn();
    });
    timer->start(int(std::clamp<qint64>(atMs - nowMs(), 0, std::numeric_limits<int>::max())));
    m_timers.insert(id, timer);
    return id;
}

void SystemClock::cancel(TimerId id)
{
    if (QPointer<QObject> timer = m_timers.take(id))
        timer->deleteLater();
}

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

ManualClock::ManualClock(qint64 startMs, QObject *parent)
    : Clock(parent)
    , m_now(startMs)
{}

Clock::TimerId ManualClock::callAt(qint64 atMs, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_next++;
    m_pending.emplace(std::max(atMs, m_now),
                      Pending{id, context, context != nullptr, std::move(fn)});
    return id;
}

void ManualClock::cancel(TimerId id)
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->second.id == id) {
            m_pending.erase(it);
            return;
        }
    }
}

void ManualClock::advance(qint64 ms)
{
    setNow(m_now + ms);
}

void ManualClock::setNow(qint64 target)
{
    // Callbacks may schedule further callbacks; keep taking the earliest until none is due.
    while (!m_pending.empty() && m_pending.begin()->first <= target) {
        auto node = m_pending.extract(m_pending.begin());
        m_now = std::max(m_now, node.key());
        Pending &p = node.mapped();
        if (!p.hasContext || p.context)
            p.fn();
    }
    m_now = std::max(m_now, target);
}

} // namespace Wk
