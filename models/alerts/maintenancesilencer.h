#pragma once

#include "maintenancewindow.h"
#include "silence.h"

#include "models/core/clock.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Wk {

class SilenceStore;

// In Alertmanager mode, Watchkeeper's maintenance windows become Alertmanager silences, so
// that Alertmanager's own notifications keep quiet too, not only Watchkeeper's view. For each
// window, the occurrence in force and the next one starting within LeadMs get a silence with the
// window's matchers (plus severity!="critical" unless the window suppresses critical alerts),
// its times, its creator, and a marker in the comment; a window removed or changed has its
// marked silences expired. Runs when asked (the windows changed), and every CheckMs while
// enabled on the injected clock. Only one desktop of a team should run it (the notifier lease).
class MaintenanceSilencer final : public QObject
{
    Q_OBJECT
public:
    using Windows = std::function<QList<MaintenanceWindow>()>;
    static constexpr qint64 LeadMs = 3'600'000;
    static constexpr qint64 CheckMs = 60'000;

    // store and clock are not owned.
    MaintenanceSilencer(Windows windows, SilenceStore *store, Clock *clock,
                        QObject *parent = nullptr);
    ~MaintenanceSilencer() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void sync();

    // "[wk-maintenance 12 1700000000000 1a2b3c4d]": the window, the occurrence's start and a
    // digest of what the silence says, so a changed window gets a new silence.
    static QString markerOf(const MaintenanceWindow &window,
                            const MaintenanceWindow::Occurrence &occurrence);
    static Silence silenceFor(const MaintenanceWindow &window,
                              const MaintenanceWindow::Occurrence &occurrence);
    static bool isMaintenanceSilence(const Silence &silence);

private:
    void schedule();

    Windows m_windows;
    QPointer<SilenceStore> m_store; // not owned
    Clock *m_clock;                 // not owned
    Clock::TimerId m_timer = 0;
    bool m_enabled = false;
    QSet<QString> m_saving;   // markers whose silence is being created
    QSet<QString> m_expiring; // silence ids being expired
};

} // namespace Wk
