#pragma once

#include "alert.h"
#include "channelconfig.h"

#include "models/core/clock.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace Wk {

// The desktop's side of notifications, for the app's tray icon to show: a popup per event,
// the number of firing alerts nobody has acknowledged and the worst severity among them (the
// icon's badge and colour), a sound when an alert fires, and a reminder sound every
// reminder_interval while an unacknowledged alert of a repeating severity (critical by
// default) fires. Quiet hours hold back popups and sounds except for critical alerts; the
// badge always counts. All timing is on the injected clock.
class NotificationTray final : public QObject
{
    Q_OBJECT
public:
    explicit NotificationTray(Clock *clock, QObject *parent = nullptr); // clock: not owned
    ~NotificationTray() override;

    // The desktop channel's severities, quiet hours, reminder interval and repeating severities.
    void setSettings(const ChannelConfig &desktop);
    const ChannelConfig &settings() const { return m_settings; }

    // Each returns whether a popup was shown (false: quiet hours, or a severity the desktop
    // channel does not serve).
    bool firing(const Alert &alert);
    bool resolved(const Alert &alert);
    bool acknowledged(const Alert &alert, const QString &who, const QString &note);
    void unacknowledged(const Alert &alert);
    bool escalated(const Alert &alert, int step);
    bool test();

    int firingCount() const { return int(m_firing.size()); }
    int unacknowledgedCount() const;
    QString worstSeverity() const; // of unacknowledged firing alerts; "" when there are none
    bool isReminding() const { return m_reminder != 0; }
    bool isQuietNow() const;
    // Whether a popup or sound of this severity would be let through now.
    bool allows(const QString &severity) const;

    // critical 4, high 3, medium 2, low 1, anything else 0.
    static int severityRank(QStringView severity);

Q_SIGNALS:
    void show(const QString &title, const QString &body, const QString &severity);
    void badgeChanged(int unacknowledged, const QString &worstSeverity);
    // An alert fired: play the sound of its severity once.
    void playSound(const QString &severity);
    // Still unacknowledged: play the reminder for the worst repeating severity.
    void soundReminder(const QString &severity, int unacknowledged);

private:
    struct Entry
    {
        QString severity;
        bool acknowledged = false;
    };
    static QString severityOf(const Alert &alert);
    static QString nameOf(const Alert &alert);
    bool popup(const QString &title, const QString &body, const QString &severity);
    void update();
    QString worstRepeating() const;
    void remind();

    Clock *m_clock; // not owned
    ChannelConfig m_settings;
    QHash<quint64, Entry> m_firing;
    Clock::TimerId m_reminder = 0;
    int m_lastCount = 0;
    QString m_lastWorst;
};

} // namespace Wk
