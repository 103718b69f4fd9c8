#include "dashboard.h"

#include "models/core/duration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Wk {

namespace {

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::Dashboard)
};

QString str(const YAML::Node &n)
{
    return n && n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
}

QString where(const QString &file, const YAML::Node &n)
{
    const YAML::Mark m = n.Mark();
    return QStringLiteral("%1:%2:%3")
        .arg(QFileInfo(file).fileName())
        .arg(m.line + 1)
        .arg(m.column + 1);
}

// Reads a panel; on a problem returns its message (with position) and leaves the rest.
QString readPanel(const YAML::Node &n, const QString &file, Panel &p)
{
    if (!n.IsMap())
        return where(file, n) + Tr::tr(": a panel must be an object");
    p.id = str(n["id"]);
    p.title = str(n["title"]);
    p.description = str(n["description"]);
    const QString type = str(n["type"]);
    const auto t = Panel::typeFromName(type);
    if (!t)
        return where(file, n["type"] ? n["type"] : n) +
               Tr::tr(": unknown panel type \"%1\" (timeseries, stat, gauge, status, bar, funnel, "
                      "table, alerts, incidents, text)")
                   .arg(type);
    p.type = *t;
    if (const YAML::Node g = n["grid"]) {
        try {
            p.grid.x = g["x"].as<int>(0);
            p.grid.y = g["y"].as<int>(0);
            p.grid.w = g["w"].as<int>(6);
            p.grid.h = g["h"].as<int>(4);
        } catch (const YAML::Exception &) {
            return where(file, g) + Tr::tr(": grid needs whole numbers x, y, w, h");
        }
        if (p.grid.w <= 0 || p.grid.h <= 0 || p.grid.x < 0 || p.grid.y < 0)
            return where(file, g) + Tr::tr(": grid position and size must be positive");
    }
    if (const YAML::Node qs = n["queries"]) {
        if (!qs.IsSequence())
            return where(file, qs) + Tr::tr(": queries must be a list");
        for (const auto &q : qs) {
            PanelQuery pq;
            if (q.IsScalar()) {
                pq.expr = str(q);
            } else {
                pq.expr = str(q["expr"]);
                pq.legend = str(q["legend"]);
                pq.id = str(q["id"]);
            }
            if (pq.expr.trimmed().isEmpty())
                return where(file, q) + Tr::tr(": a query needs an expr");
            p.queries.append(pq);
        }
    }
    if (const YAML::Node e = n["expr"]) { // one-query shorthand
        PanelQuery pq;
        pq.expr = str(e);
        pq.legend = str(n["legend"]);
        p.queries.append(pq);
    }
    const bool needsQuery = p.type != Panel::Type::Status && p.type != Panel::Type::Alerts &&
                            p.type != Panel::Type::Incidents && p.type != Panel::Type::Text;
    if (needsQuery && p.queries.isEmpty())
        return where(file, n) + Tr::tr(": a %1 panel needs at least one query").arg(type);
    p.unit = str(n["unit"]);
    if (n["decimals"]) {
        bool ok = false;
        p.decimals = str(n["decimals"]).toInt(&ok);
        if (!ok)
            return where(file, n["decimals"]) + Tr::tr(": decimals must be a whole number");
    }
    if (const YAML::Node th = n["thresholds"]) {
        if (!th.IsSequence())
            return where(file, th) + Tr::tr(": thresholds must be a list");
        for (const auto &x : th) {
            PanelThreshold t;
            bool ok = false;
            t.value = str(x["value"]).toDouble(&ok);
            if (!ok)
                return where(file, x) + Tr::tr(": a threshold needs a numeric value");
            t.level = str(x["level"]);
            t.colour = str(x["colour"]).isEmpty() ? str(x["color"]) : str(x["colour"]);
            t.label = str(x["label"]);
            p.thresholds.append(t);
        }
    }
    p.lowerIsWorse = str(n["direction"]) == u"lower_is_worse";
    if (const YAML::Node target = n["target"]) {
        bool ok = false;
        const YAML::Node v = target.IsMap() ? target["value"] : target;
        const double value = str(v).toDouble(&ok);
        if (!ok)
            return where(file, target) + Tr::tr(": target must be a number or {value, label}");
        p.target = value;
        if (target.IsMap())
            p.targetLabel = str(target["label"]);
    }
    p.text = str(n["text"]);
    if (const YAML::Node cols = n["columns"]) {
        if (!cols.IsSequence())
            return where(file, cols) + Tr::tr(": columns must be a list of label names");
        for (const auto &c : cols)
            p.columns << str(c);
    }
    if (n["range"]) {
        p.rangeOverride = str(n["range"]);
        auto d = parseDuration(p.rangeOverride);
        if (!d)
            return where(file, n["range"]) + QStringLiteral(": ") + d.error().message;
    }
    return {};
}

} // namespace

QString Panel::typeName(Type type)
{
    switch (type) {
    case Type::TimeSeries:
        return QStringLiteral("timeseries");
    case Type::Stat:
        return QStringLiteral("stat");
    case Type::Gauge:
        return QStringLiteral("gauge");
    case Type::Status:
        return QStringLiteral("status");
    case Type::Bar:
        return QStringLiteral("bar");
    case Type::Funnel:
        return QStringLiteral("funnel");
    case Type::Table:
        return QStringLiteral("table");
    case Type::Alerts:
        return QStringLiteral("alerts");
    case Type::Incidents:
        return QStringLiteral("incidents");
    case Type::Text:
        return QStringLiteral("text");
    }
    return {};
}

std::optional<Panel::Type> Panel::typeFromName(const QString &name)
{
    for (int i = 0; i <= int(Type::Text); ++i) {
        if (typeName(Type(i)) == name)
            return Type(i);
    }
    return std::nullopt;
}

Result<Dashboard> DashboardLoader::loadText(const QByteArray &json, const QString &file)
{
    // yaml-cpp reads JSON (a subset of YAML) and, unlike QJsonDocument, keeps positions.
    YAML::Node root;
    try {
        root = YAML::Load(json.toStdString());
    } catch (const YAML::Exception &e) {
        return Error(QString::fromStdString(e.msg), file,
                     TextPosition{e.mark.line + 1, e.mark.column + 1});
    }
    if (!root.IsMap())
        return Error(Tr::tr("a dashboard must be a JSON object"), file, {1, 1});
    Dashboard d;
    d.sourceFile = file;
    d.id = str(root["id"]);
    if (d.id.isEmpty())
        d.id = QFileInfo(file).completeBaseName();
    d.title = str(root["title"]);
    if (d.title.isEmpty())
        d.title = d.id;
    d.audience = str(root["audience"]);
    d.engine = str(root["engine"]);
    const auto durationField = [&](const char *key, qint64 &out) -> std::optional<Error> {
        if (!root[key])
            return std::nullopt;
        auto r = parseDuration(str(root[key]));
        if (!r) {
            const YAML::Mark m = root[key].Mark();
            return Error(QString::fromLatin1(key) + QStringLiteral(": ") + r.error().message, file,
                         TextPosition{m.line + 1, m.column + 1});
        }
        out = r.value();
        return std::nullopt;
    };
    if (auto e = durationField("refresh", d.refreshMs))
        return *e;
    if (auto e = durationField("time_range", d.rangeMs))
        return *e;
    if (root["columns"])
        d.columns = std::max(1, str(root["columns"]).toInt());
    const YAML::Node panels = root["panels"];
    if (!panels || !panels.IsSequence()) {
        const YAML::Mark m = (panels ? panels : root).Mark();
        return Error(Tr::tr("a dashboard needs a panels list"), file,
                     TextPosition{m.line + 1, m.column + 1});
    }
    for (const auto &n : panels) {
        Panel p;
        const QString problem = readPanel(n, file, p);
        if (!problem.isEmpty()) {
            p.type = Panel::Type::Text;
            p.queries.clear();
            if (p.title.isEmpty())
                p.title = Tr::tr("Broken panel");
            p.error = problem;
        }
        d.panels.append(p);
    }
    return d;
}

Result<Dashboard> DashboardLoader::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot read dashboard: %1").arg(f.errorString()), path);
    return loadText(f.readAll(), path);
}

QStringList DashboardLoader::builtinFiles()
{
    // The order is the order of the tabs.
    return {QStringLiteral(":/dashboards/executive.json"),
            QStringLiteral(":/dashboards/engineering.json"),
            QStringLiteral(":/dashboards/business.json"),
            QStringLiteral(":/dashboards/operations.json")};
}

void DashboardLoader::translateWords(Dashboard &d)
{
    // The words listed by translations/dashboard-strings.cmake; legends with {{label}}
    // templates name series and stay as they are.
    const auto tr = [](QString &text) {
        if (!text.isEmpty() && !text.contains(QLatin1String("{{")))
            text = Tr::tr(text.toUtf8().constData());
    };
    tr(d.title);
    tr(d.audience);
    for (Panel &p : d.panels) {
        tr(p.title);
        tr(p.description);
        tr(p.text);
        tr(p.targetLabel);
        for (PanelQuery &q : p.queries)
            tr(q.legend);
        for (PanelThreshold &t : p.thresholds)
            tr(t.label);
    }
}

QList<Dashboard> DashboardLoader::loadAll(const QString &userDir, QStringList *errors)
{
    QList<Dashboard> out;
    const QStringList builtins = builtinFiles();
    const auto add = [&](const QString &path) {
        auto r = loadFile(path);
        if (!r) {
            if (errors)
                *errors << r.error().toString();
            return;
        }
        if (builtins.contains(path))
            translateWords(r.value());
        for (Dashboard &d : out) {
            if (d.id == r.value().id) {
                d = r.value();
                return;
            }
        }
        out.append(r.value());
    };
    for (const QString &f : builtinFiles())
        add(f);
    if (!userDir.isEmpty()) {
        const QDir dir(userDir);
        for (const QString &name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            add(dir.filePath(name));
    }
    return out;
}

} // namespace Wk
