#pragma once

#include "inhibitrule.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QTextStream;

namespace Wk {

class Clock;

// What the alert commands work on: the workspace's database, and its Alertmanager when the
// workspace names one (alerts and silences then come from there; the audit log stays in the
// database).
struct AlertsCliContext
{
    QString database;     // SQLite path or postgresql:// URL; may be empty with alertmanager
    QUrl alertmanager;    // empty: local mode
    QString operatorName; // who acts; empty: the OS user
    QList<InhibitRule> inhibitRules = InhibitRule::defaults(); // local mode
    Clock *clock = nullptr; // not owned; SystemClock::instance() when null
    int timeoutMs = 10'000; // for each Alertmanager request
};

// The alert commands for scripts, amtool-like. args start with the command group:
//   alerts list [--json]
//   alerts ack ID... --note TEXT [--expires 4h]
//   alerts unack ID... [--reason TEXT]
//   silence add MATCHER... --comment TEXT [--duration 2h | --end TIME] [--start TIME]
//                                         [--author NAME]
//   silence list [--json] [--expired]
//   silence expire ID... [--reason TEXT]
//   maintenance list [--json]
//   audit export FILE.csv|-
// IDs may be shortened to a unique prefix. A MATCHER is name=value, name!=value, name=~re,
// name!~re, or a bare word for alertname=word. Returns 0 on success, 1 when the work failed,
// 2 on a usage error; messages go to err.
int runAlertsCommand(const QStringList &args, const AlertsCliContext &ctx, QTextStream &out,
                     QTextStream &err);

// The usage lines, for the application's help.
QString alertsCommandUsage();
// Whether args[0] is a group runAlertsCommand handles ("alerts", "silence", "maintenance",
// "audit").
bool isAlertsCommand(const QString &group);

} // namespace Wk
