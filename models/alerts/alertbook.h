#pragma once

#include "acknowledgement.h"
#include "alertsource.h"
#include "alertstatus.h"
#include "escalationpolicy.h"
#include "inhibitrule.h"
#include "maintenancewindow.h"
#include "silence.h"
#include "silencestore.h"

#include "models/core/clock.h"
#include "models/core/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace Wk {

class AlertRepository;

// The on-call engineer's book of alerts: it takes the alerts of an AlertSource and keeps, for
// each, its effective status: pending / firing / resolved, acknowledged (by whom, since when),
// silenced (by which silences of the SilenceStore), in maintenance (which windows), inhibited
// (by which alerts, under the inhibition rules), and the escalation steps taken. Suppressed
// alerts stay in the book with their reasons.
//
// Acknowledgements last until the alert resolves or their expiry (24 h by default), stop
// escalation, and are stored with the audit log before acknowledge() returns. With an
// Alertmanager silence store an acknowledgement is also an "ACK!" silence (karma's convention),
// extended while the alert fires and expired when it resolves; ACK! silences made by other tools
// show as acknowledgements. Every time rule (silence start and end, windows, ack expiry,
// escalation steps) runs on the injected clock.
class AlertBook final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Alertmanager mode: an ACK! silence lasts this long and is extended while the alert
        // fires, so a forgotten acknowledgement does not mute a later episode for a day.
        qint64 ackSilenceMs = 15 * 60'000;
        // How often to look for changes another process made to the database (the command line,
        // a second desktop); 0 turns it off.
        qint64 reloadIntervalMs = 10'000;
        // Alert history older than this is pruned (daily).
        qint64 historyRetentionMs = 90ll * 86'400'000;
        // Off for tools that only look (the command line): no escalation steps, no history.
        bool escalate = true;
        bool recordHistory = true;
    };

    struct BulkResult
    {
        QList<Acknowledgement> acknowledged;
        QList<QPair<quint64, Error>> failed;
    };

    // clock, source and silences are not owned and must outlive the book; repository (not
    // owned) may be null, and then nothing is persisted.
    AlertBook(Clock *clock, AlertSource *source, SilenceStore *silences,
              AlertRepository *repository, QObject *parent = nullptr);
    AlertBook(Clock *clock, AlertSource *source, SilenceStore *silences,
              AlertRepository *repository, const Options &options, QObject *parent = nullptr);
    ~AlertBook() override;

    void setOptions(const Options &options);
    const Options &options() const { return m_options; }
    // Who acts: the operator name from the settings; empty means the OS user.
    void setOperatorName(const QString &name);
    QString operatorName() const;
    // $USER, else $LOGNAME, else $USERNAME.
    static QString systemUserName();

    void setInhibitRules(const QList<InhibitRule> &rules);
    const QList<InhibitRule> &inhibitRules() const { return m_inhibitRules; }
    void setEscalationPolicy(const EscalationPolicy &policy);
    const EscalationPolicy &escalationPolicy() const { return m_policy; }

    Clock *clock() const { return m_clock; }
    AlertSource *source() const { return m_source; }
    SilenceStore *silenceStore() const { return m_silences; }
    AlertRepository *repository() const { return m_repository; }

    // Alerts, in the order they appeared.
    QList<AlertStatus> statuses() const;
    std::optional<AlertStatus> status(quint64 fingerprint) const;
    int count() const { return int(m_order.size()); }

    // Acknowledgements. expiresInMs must be positive; acknowledging a resolved, unknown or
    // already acknowledged alert is an error that says so.
    Result<Acknowledgement> acknowledge(quint64 fingerprint, const QString &note,
                                        qint64 expiresInMs = Acknowledgement::DefaultExpiryMs);
    BulkResult acknowledge(const QList<quint64> &fingerprints, const QString &note,
                           qint64 expiresInMs = Acknowledgement::DefaultExpiryMs);
    std::optional<Error> unacknowledge(quint64 fingerprint, const QString &reason = {});
    bool isAcknowledged(quint64 fingerprint) const;
    std::optional<Acknowledgement> acknowledgement(quint64 fingerprint) const;

    // Silences: a silence prefilled from an alert (alertname and instance, the operator as
    // creator), and how many current (pending or firing) alerts a silence's matchers match.
    std::optional<Silence> silenceFromAlert(quint64 fingerprint, qint64 durationMs) const;
    int matchingAlertCount(const LabelMatchers &matchers) const;
    QList<quint64> matchingAlerts(const LabelMatchers &matchers) const;

    // Maintenance windows. The creator defaults to the operator; validation errors refuse the
    // window (warnings, such as a length outside the guide's 2-4 h, do not: see validate()).
    QList<MaintenanceWindow> maintenanceWindows() const { return m_windows; }
    std::optional<MaintenanceWindow> maintenanceWindow(qint64 id) const;
    Result<MaintenanceWindow> addMaintenanceWindow(MaintenanceWindow window);
    std::optional<Error> updateMaintenanceWindow(MaintenanceWindow window);
    std::optional<Error> removeMaintenanceWindow(qint64 id, const QString &reason);

    // Firing, unacknowledged, unsuppressed alerts: the tray's count and colour.
    int attentionCount() const;
    QString worstAttentionSeverity() const; // empty when none

    // Reads acknowledgements, windows and local silences again when another process changed
    // them (the audit log grew). Runs on the clock every reloadIntervalMs as well.
    void reloadIfChanged();

Q_SIGNALS:
    void statusAdded(const Wk::AlertStatus &status);
    void statusChanged(const Wk::AlertStatus &status);
    void statusRemoved(const Wk::AlertStatus &status);
    // Transitions, for notifiers: became firing, resolved.
    void alertFiring(const Wk::AlertStatus &status);
    void alertResolved(const Wk::AlertStatus &status);
    // An acknowledgement began, or ended (un-acknowledged, resolved, expired).
    void acknowledged(const Wk::AlertStatus &status);
    void unacknowledged(const Wk::AlertStatus &status, Wk::Acknowledgement::EndReason reason);
    // The alert became suppressed or stopped being suppressed.
    void suppressionChanged(const Wk::AlertStatus &status);
    // An escalation step was taken; route it to step.channels.
    void escalated(const Wk::AlertStatus &status, const Wk::EscalationStep &step);
    void attentionChanged(int count, const QString &worstSeverity);
    void maintenanceWindowsChanged();
    // A database write or a remote operation failed.
    void errorOccurred(const QString &message);

private:
    struct Entry
    {
        AlertStatus status; // as last computed; status.alert is the source's alert
        QList<EscalationRecord> escalations;
        QString lastEvent; // the last history event recorded
        bool announced = false;
        // Per inhibition rule: bit 0 the alert matches its source side, bit 1 its target side
        // (labels never change under one fingerprint, so this is worked out once).
        QList<quint8> inhibitRoles;
        bool isSourceOf(qsizetype rule) const { return inhibitRoles.value(rule) & 1; }
        bool isTargetOf(qsizetype rule) const { return inhibitRoles.value(rule) & 2; }
    };
    struct Event
    {
        enum Kind { Firing, Resolved, AckStarted, AckEnded };
        Kind kind;
        quint64 id;
        Acknowledgement::EndReason reason = Acknowledgement::EndReason::None;
    };
    // What every status computation of one update shares, prepared once.
    struct Context
    {
        qint64 now = 0;
        QList<Silence> silences;                  // the store's, kept alive for the pointers
        QList<const Silence *> muting;            // active, not acknowledgements
        QList<const Silence *> acks;              // active ACK! silences
        QHash<QString, const Silence *> byId;     // all of them
        QList<const MaintenanceWindow *> windows; // in force now
        // Per inhibition rule, its firing sources by the values of the rule's equal labels.
        QList<QHash<QString, QList<const Entry *>>> sources;
    };

    void onAlertChanged(const Alert &alert);
    void onAlertRemoved(const Alert &alert);
    void onRefreshed();
    void recordHistory(const Alert &alert, const QString &event, const QString &detail = {},
                       int step = 0);
    // The steps an earlier run took for this firing episode (after a restart).
    QList<EscalationRecord> recordedEscalations(const Alert &alert) const;

    // Recomputes statuses, ends acks that are due, renews ACK! silences, takes escalation
    // steps, emits what changed and arms the clock for the next time rule. update() looks at
    // every alert (silences, windows, rules or the time changed); updateAlerts() at the given
    // ones (and all when one of them can inhibit others). Calls made while an update runs are
    // folded into it.
    void update();
    void updateAlerts(const QSet<quint64> &ids);
    void runUpdates();
    void updateOnce(bool full, QSet<quint64> ids);
    void classify(Entry &entry) const;
    static QString equalKey(const InhibitRule &rule, const Labels &labels);
    Context prepare(qint64 now) const;
    AlertStatus compute(const Entry &entry, const Context &ctx) const;
    std::optional<Acknowledgement> ackFromSilences(const Labels &labels, const Context &ctx) const;
    void endAcks(qint64 now);
    std::optional<Error> endAck(const Acknowledgement &ack, Acknowledgement::EndReason reason,
                                qint64 now, const QString &by, const QString &why);
    void renewAckSilences(qint64 now);
    void createAckSilence(const Acknowledgement &ack);
    void escalate(qint64 now);
    void scheduleWake(qint64 now, bool full, const QSet<quint64> &ids);
    void scheduleReload();
    void loadFromRepository();
    void prune();

    Clock *m_clock;                    // not owned
    QPointer<AlertSource> m_source;    // not owned
    QPointer<SilenceStore> m_silences; // not owned
    AlertRepository *m_repository;     // not owned
    Options m_options;
    QString m_operator;
    QList<InhibitRule> m_inhibitRules;
    EscalationPolicy m_policy;

    QHash<quint64, Entry> m_entries;
    QList<quint64> m_order;
    QHash<quint64, Acknowledgement> m_acks; // open acknowledgements by fingerprint
    QList<MaintenanceWindow> m_windows;
    QList<Event> m_events;
    QSet<QString> m_expiredAckSilences; // ACK! silences this book expired (not yet re-read)
    QSet<qint64> m_ackSilenceBusy;      // acks whose ACK! silence is being created or renewed
    qint64 m_nextLocalId = 1;           // ids without a repository
    qint64 m_lastAuditId = 0;
    qint64 m_lastPruneMs = 0;

    bool m_updating = false;
    bool m_pendingFull = false;
    QSet<quint64> m_pendingIds;
    QSet<quint64> m_touched; // alerts whose acknowledgement changed during an update
    int m_attention = -1;
    QString m_worst;
    Clock::TimerId m_wake = 0;
    qint64 m_wakeAt = 0;
    Clock::TimerId m_reload = 0;
};

} // namespace Wk
