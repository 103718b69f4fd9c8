#include "notificationratelimiter.h"

namespace Wk {

namespace {
constexpr qint64 PruneEveryMs = 60'000;
}

bool NotificationRateLimiter::tryAcquire(const QString &key, int count, qint64 perMs, qint64 nowMs)
{
    if (count <= 0 || perMs <= 0)
        return true;
    prune(nowMs);
    Window &w = m_windows[key];
    w.perMs = perMs;
    while (!w.sent.empty() && w.sent.front() <= nowMs - perMs)
        w.sent.pop_front();
    if (qsizetype(w.sent.size()) >= count)
        return false;
    w.sent.push_back(nowMs);
    return true;
}

qint64 NotificationRateLimiter::nextAllowedMs(const QString &key, int count, qint64 perMs,
                                              qint64 nowMs) const
{
    const auto it = m_windows.constFind(key);
    if (count <= 0 || perMs <= 0 || it == m_windows.cend())
        return nowMs;
    std::deque<qint64> inWindow;
    for (qint64 t : it->sent) {
        if (t > nowMs - perMs)
            inWindow.push_back(t);
    }
    if (qsizetype(inWindow.size()) < count)
        return nowMs;
    // The send that must leave the window before another fits.
    return inWindow[inWindow.size() - size_t(count)] + perMs;
}

void NotificationRateLimiter::prune(qint64 nowMs)
{
    if (nowMs - m_lastPruneMs < PruneEveryMs)
        return;
    m_lastPruneMs = nowMs;
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (it->sent.empty() || it->sent.back() <= nowMs - it->perMs)
            it = m_windows.erase(it);
        else
            ++it;
    }
}

} // namespace Wk
