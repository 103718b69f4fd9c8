#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace Wk {

// "At most `count` per `perMs`" for each key (a channel and a recipient), over a sliding
// window on the caller's clock: a send at t counts until t + perMs. Keys with nothing left in
// their window are dropped, so it stays small however many recipients pass through.
class NotificationRateLimiter
{
public:
    // Counts a send for key at nowMs if fewer than count sends fall within (nowMs - perMs,
    // nowMs]; otherwise counts nothing and returns false.
    bool tryAcquire(const QString &key, int count, qint64 perMs, qint64 nowMs);
    // When the next send for key would be allowed (nowMs if now).
    qint64 nextAllowedMs(const QString &key, int count, qint64 perMs, qint64 nowMs) const;
    int keyCount() const { return int(m_windows.size()); }
    void clear() { m_windows.clear(); }

private:
    struct Window
    {
        qint64 perMs = 0;
        std::deque<qint64> sent;
    };
    void prune(qint64 nowMs);

    QHash<QString, Window> m_windows;
    qint64 m_lastPruneMs = 0;
};

} // namespace Wk
