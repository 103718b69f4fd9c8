#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

namespace Wk {

// The time seam. Everything that waits or compares times takes a Clock, so tests and the soak
// run on a ManualClock: a 15-minute rule or an SLA timer is tested in milliseconds.
class Clock : public QObject
{
    Q_OBJECT
public:
    using TimerId = quint64;

    using QObject::QObject;

    // Milliseconds since the Unix epoch.
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

    // Runs fn once when the clock reaches atMs (at once, from the event loop, if already past).
    // The call is dropped when context is destroyed first.
    virtual TimerId callAt(qint64 atMs, QObject *context, std::function<void()> fn) = 0;
    TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn)
    {
        return callAt(nowMs() + delayMs, context, std::move(fn));
    }
    virtual void cancel(TimerId id) = 0;
};

// Wall-clock time with QTimer-backed callbacks.
class SystemClock final : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;
    qint64 nowMs() const override;
    TimerId callAt(qint64 atMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    // The process-wide instance, for code that has no clock handed to it (the app wires this).
    static SystemClock *instance();

private:
    TimerId m_next = 1;
    QHash<TimerId, QPointer<QObject>> m_timers; // the QTimer objects, owned by their context
};

// Simulated time: advances only when told, running due callbacks in time order.
class ManualClock final : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000, QObject *parent = nullptr);
    qint64 nowMs() const override { return m_now; }
    TimerId callAt(qint64 atMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    // Moves time forward by ms, running every callback that falls due, each at its own time.
    void advance(qint64 ms);
    void setNow(qint64 ms);
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending
    {
        TimerId id;
        QPointer<QObject> context;
        bool hasContext;
        std::function<void()> fn;
    };
    qint64 m_now;
    TimerId m_next = 1;
    std::multimap<qint64, Pending> m_pending;
};

} // namespace Wk
