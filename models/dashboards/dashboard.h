#pragma once

#include "models/core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Wk {

// One PromQL query of a panel, with how its series are named in legends ("{{endpoint}}").
struct PanelQuery
{
    QString expr;
    QString legend;
    QString id; // optional, for funnels and tables: names the row
};

// A colour step: from `value` on, the panel shows `level` ("ok", "warning", "critical") or colour.
struct PanelThreshold
{
    double value = 0;
    QString level;  // healthy | degraded | unhealthy (also ok | warning | critical)
    QString colour; // optional #rrggbb
    QString label;
};

struct PanelGrid
{
    int x = 0;
    int y = 0;
    int w = 6;
    int h = 4;
};

struct Panel
{
    enum class Type {
        TimeSeries,
        Stat,
        Gauge,
        Status,
        Bar,
        Funnel,
        Table,
        Alerts,
        Incidents,
        Text
    };

    QString id;
    QString title;
    QString description;
    Type type = Type::TimeSeries;
    PanelGrid grid;
    QList<PanelQuery> queries;
    QString unit;      // seconds | ratio | percent | reqps | bytes | usd | count | none
    int decimals = -1; // -1: automatic
    QList<PanelThreshold> thresholds;
    bool lowerIsWorse = false; // uptime, conversion: falling values are the bad direction
    std::optional<double> target;
    QString targetLabel;
    QString text;          // Text panels
    QStringList columns;   // Table panels: the labels to show, in order (empty: all)
    QString rangeOverride; // e.g. "30d" for an uptime panel on a 1h dashboard
    QString error;         // set on an error panel: the file, line and problem

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);
    bool isQueryPanel() const { return !queries.isEmpty(); }
};

struct Dashboard
{
    QString id;
    QString title;
    QString audience;
    qint64 refreshMs = 60'000;
    qint64 rangeMs = 3'600'000;
    int columns = 12;
    QList<Panel> panels;
    QString sourceFile;
    QString engine; // empty or "local": the local engine; otherwise a Prometheus URL
};

// Reads dashboard JSON. A broken panel becomes an error panel naming file, line and problem;
// the rest of the dashboard still loads. A file that is not a dashboard at all is an Error.
class DashboardLoader
{
public:
    static Result<Dashboard> loadText(const QByteArray &json, const QString &file);
    static Result<Dashboard> loadFile(const QString &path);

    // The built-in dashboards, then every *.json in userDir, which add to them or replace a
    // built-in of the same id. Files that fail entirely come back in errors.
    static QList<Dashboard> loadAll(const QString &userDir, QStringList *errors);
    static QStringList builtinFiles();
    // Translates a built-in dashboard's words (titles, descriptions, labels, plain legends) in
    // the installed language; the user's own dashboards are shown as written.
    static void translateWords(Dashboard &dashboard);
};

} // namespace Wk
