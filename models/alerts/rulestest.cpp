#include "rulestest.h"

#include "goformat.h"
#include "ruleevaluator.h"
#include "ruleloader.h"

#include "models/core/clock.h"
#include "models/metrics/seriesstore.h"
#include "models/promql/localengine.h"
#include "models/promql/seriesnotation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace Wk {

namespace {

// ---- the test file, read as strictly as promtool's yaml.UnmarshalStrict reads it ----

struct InputSeries
{
    QString series;
    QString values;
    int line = 0;
};

struct ExpectedAlert
{
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
};

struct AlertTest
{
    qint64 evalTimeMs = 0;
    QString alertname;
    QList<ExpectedAlert> expected;
};

struct ExpectedSample
{
    QString labels;
    double value = 0;
};

struct PromqlTest
{
    QString expr;
    qint64 evalTimeMs = 0;
    QList<ExpectedSample> expected;
};

struct TestGroup
{
    qint64 intervalMs = 0;
    QList<InputSeries> inputSeries;
    QList<AlertTest> alertTests;
    QList<PromqlTest> promqlTests;
    QMap<QString, QString> externalLabels;
    QString externalUrl;
    QString name;
};

struct TestFile
{
    QStringList ruleFiles;
    qint64 evaluationIntervalMs = 60'000;
    QStringList groupEvalOrder;
    QList<TestGroup> tests;
};

QString str(const YAML::Node &n)
{
    if (!n || n.IsNull())
        return {};
    return QString::fromStdString(n.Scalar());
}

class Reader
{
public:
    QStringList unmarshalErrors;
    std::optional<QString> fatal;

    void fields(const YAML::Node &map, const QStringList &allowed, const char *goType)
    {
        if (!map.IsMap()) {
            if (!map.IsNull())
                unmarshalErrors << QStringLiteral("line %1: cannot unmarshal %2 into %3")
                                       .arg(map.Mark().line + 1)
                                       .arg(map.IsSequence()
                                                ? QStringLiteral("!!seq")
                                                : QStringLiteral("!!str `%1`").arg(str(map)),
                                            QLatin1String(goType));
            return;
        }
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = str(it->first);
            if (!allowed.contains(key))
                unmarshalErrors << QStringLiteral("line %1: field %2 not found in type %3")
                                       .arg(it->first.Mark().line + 1)
                                       .arg(key, QLatin1String(goType));
        }
    }

    QList<YAML::Node> list(const YAML::Node &n)
    {
        QList<YAML::Node> out;
        if (!n || n.IsNull())
            return out;
        if (!n.IsSequence()) {
            unmarshalErrors << QStringLiteral("line %1: cannot unmarshal !!%2 into a list")
                                   .arg(n.Mark().line + 1)
                                   .arg(n.IsMap() ? QStringLiteral("map") : QStringLiteral("str"));
            return out;
        }
        for (const YAML::Node &item : n)
            out.append(item);
        return out;
    }

    QMap<QString, QString> stringMap(const YAML::Node &n)
    {
        QMap<QString, QString> out;
        if (!n || n.IsNull())
            return out;
        if (!n.IsMap()) {
            unmarshalErrors << QStringLiteral("line %1: cannot unmarshal into map[string]string")
                                   .arg(n.Mark().line + 1);
            return out;
        }
        for (auto it = n.begin(); it != n.end(); ++it)
            out.insert(str(it->first), str(it->second));
        return out;
    }

    qint64 duration(const YAML::Node &n)
    {
        if (!n || n.IsNull())
            return 0;
        const Result<qint64> d = RuleLoader::parseDuration(str(n));
        if (!d) {
            if (!fatal)
                fatal = d.error().message;
            return 0;
        }
        return d.value();
    }

    double number(const YAML::Node &n)
    {
        const QString s = str(n).trimmed();
        const QString lower = s.toLower();
        if (lower == u".inf" || lower == u"+.inf")
            return std::numeric_limits<double>::infinity();
        if (lower == u"-.inf")
            return -std::numeric_limits<double>::infinity();
        if (lower == u".nan")
            return std::numeric_limits<double>::quiet_NaN();
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (!ok && !s.isEmpty())
            unmarshalErrors << QStringLiteral("line %1: cannot unmarshal !!str `%2` into float64")
                                   .arg(n.Mark().line + 1)
                                   .arg(s);
        return ok ? d : 0;
    }
};

Result<TestFile> readTestFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("open %1: %2").arg(path, f.errorString()));
    YAML::Node root;
    try {
        root = YAML::Load(f.readAll().toStdString());
    } catch (const YAML::Exception &e) {
        return Error(QStringLiteral("yaml: line %1: %2")
                         .arg(e.mark.line + 1)
                         .arg(QString::fromStdString(e.msg)));
    }
    Reader r;
    TestFile file;
    r.fields(root, {"rule_files", "evaluation_interval", "group_eval_order", "tests"},
             "main.unitTestFile");
    if (root.IsMap()) {
        for (const YAML::Node &n : r.list(root["rule_files"]))
            file.ruleFiles << str(n);
        if (root["evaluation_interval"])
            file.evaluationIntervalMs = r.duration(root["evaluation_interval"]);
        for (const YAML::Node &n : r.list(root["group_eval_order"]))
            file.groupEvalOrder << str(n);
        for (const YAML::Node &t : r.list(root["tests"])) {
            r.fields(t,
                     {"interval", "input_series", "alert_rule_test", "promql_expr_test",
                      "external_labels", "external_url", "name"},
                     "main.testGroup");
            if (!t.IsMap())
                continue;
            TestGroup group;
            group.intervalMs = r.duration(t["interval"]);
            group.name = str(t["name"]);
            group.externalUrl = str(t["external_url"]);
            group.externalLabels = r.stringMap(t["external_labels"]);
            for (const YAML::Node &s : r.list(t["input_series"])) {
                r.fields(s, {"series", "values"}, "main.series");
                if (s.IsMap())
                    group.inputSeries.append(
                        {str(s["series"]), str(s["values"]), s.Mark().line + 1});
            }
            for (const YAML::Node &a : r.list(t["alert_rule_test"])) {
                r.fields(a, {"eval_time", "alertname", "exp_alerts"}, "main.alertTestCase");
                if (!a.IsMap())
                    continue;
                AlertTest test;
                test.evalTimeMs = r.duration(a["eval_time"]);
                test.alertname = str(a["alertname"]);
                for (const YAML::Node &e : r.list(a["exp_alerts"])) {
                    r.fields(e, {"exp_labels", "exp_annotations"}, "main.alert");
                    if (e.IsMap())
                        test.expected.append(
                            {r.stringMap(e["exp_labels"]), r.stringMap(e["exp_annotations"])});
                    else
                        test.expected.append(ExpectedAlert{});
                }
                group.alertTests.append(test);
            }
            for (const YAML::Node &p : r.list(t["promql_expr_test"])) {
                r.fields(p, {"expr", "eval_time", "exp_samples"}, "main.promqlTestCase");
                if (!p.IsMap())
                    continue;
                PromqlTest test;
                test.expr = str(p["expr"]);
                test.evalTimeMs = r.duration(p["eval_time"]);
                for (const YAML::Node &e : r.list(p["exp_samples"])) {
                    r.fields(e, {"labels", "value"}, "main.sample");
                    if (e.IsMap())
                        test.expected.append({str(e["labels"]), r.number(e["value"])});
                }
                group.promqlTests.append(test);
            }
            file.tests.append(group);
        }
    }
    if (!r.unmarshalErrors.isEmpty())
        return Error(QStringLiteral("yaml: unmarshal errors:\n  ") +
                     r.unmarshalErrors.join(QStringLiteral("\n  ")));
    if (r.fatal)
        return Error(*r.fatal);
    if (file.evaluationIntervalMs == 0)
        file.evaluationIntervalMs = 60'000;
    return file;
}

// ---- promtool's report formats ----

// labels.Labels.String(): {a="b", c="d"}, every label, values quoted as Go quotes them.
QString labelsString(const QList<Label> &labels)
{
    QStringList parts;
    for (const Label &l : labels)
        parts << l.name + u'=' + GoFormat::quote(l.value);
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

QList<Label> sortedLabels(const QMap<QString, QString> &map)
{
    QList<Label> out;
    for (auto it = map.begin(); it != map.end(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

// Go's labels.Compare.
int compareLabels(const QList<Label> &a, const QList<Label> &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (a[i].name != b[i].name)
            return a[i].name < b[i].name ? -1 : 1;
        if (a[i].value != b[i].value)
            return a[i].value < b[i].value ? -1 : 1;
    }
    return int(a.size() - b.size());
}

QString indentLines(const QString &lines, const QString &indent)
{
    const QStringList parts = lines.split(u'\n');
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += indent;
        out += parts[i];
        if (i != parts.size() - 1)
            out += u'\n';
    }
    return out;
}

struct LabelsAndAnnotations
{
    QList<Label> labels;
    QList<Label> annotations;

    friend bool operator==(const LabelsAndAnnotations &, const LabelsAndAnnotations &) = default;
    QString toString() const
    {
        return QStringLiteral("Labels:") + labelsString(labels) + QStringLiteral("\nAnnotations:") +
               labelsString(annotations);
    }
};

void sortAlerts(QList<LabelsAndAnnotations> &list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const LabelsAndAnnotations &a, const LabelsAndAnnotations &b) {
                         const int c = compareLabels(a.labels, b.labels);
                         if (c != 0)
                             return c < 0;
                         return compareLabels(a.annotations, b.annotations) < 0;
                     });
}

QString alertsString(const QList<LabelsAndAnnotations> &list)
{
    if (list.isEmpty())
        return QStringLiteral("[]");
    QString s =
        QStringLiteral("[\n0:") + indentLines(u'\n' + list[0].toString(), QStringLiteral("  "));
    for (qsizetype i = 1; i < list.size(); ++i)
        s += QStringLiteral(",\n") + QString::number(i) + u':' +
             indentLines(u'\n' + list[i].toString(), QStringLiteral("  "));
    return s + QStringLiteral("\n]");
}

struct ParsedSample
{
    QList<Label> labels;
    double value = 0;
};

QString samplesString(const QList<ParsedSample> &samples)
{
    if (samples.isEmpty())
        return QStringLiteral("nil");
    QStringList parts;
    for (const ParsedSample &s : samples)
        parts << labelsString(s.labels) + u' ' + GoFormat::formatFloat(s.value, 'E', -1);
    return parts.join(QStringLiteral(", "));
}

// ---- running one test group ----

QStringList resolveRuleFiles(const QString &testFile, const QStringList &patterns, QTextStream &err)
{
    QStringList files;
    const QDir base = QFileInfo(testFile).absoluteDir();
    for (const QString &pattern : patterns) {
        if (pattern.isEmpty())
            continue;
        const QString full = QDir::isAbsolutePath(pattern) ? pattern : base.filePath(pattern);
        const QFileInfo info(full);
        const QString name = info.fileName();
        QStringList matches;
        if (name.contains(u'*') || name.contains(u'?') || name.contains(u'[')) {
            const QDir dir = info.absoluteDir();
            for (const QString &entry : dir.entryList({name}, QDir::Files, QDir::Name))
                matches << QDir::cleanPath(dir.filePath(entry));
        } else if (info.exists()) {
            matches << QDir::cleanPath(full);
        }
        if (matches.isEmpty())
            err << "  WARNING: no file match pattern " << QDir::cleanPath(full) << "\n";
        files << matches;
    }
    return files;
}

class GroupRun
{
public:
    GroupRun(const TestFile &file, const TestGroup &test, const QStringList &ruleFiles)
        : m_file(file)
        , m_test(test)
        , m_ruleFiles(ruleFiles)
    {}

    QStringList run()
    {
        QStringList errs;
        QList<RuleGroup> groups;
        for (const QString &path : m_ruleFiles) {
            const RuleLoader::Outcome loaded = RuleLoader::loadFile(path);
            for (const Error &e : loaded.errors)
                errs << e.toString();
            groups << loaded.file.groups;
        }
        if (!errs.isEmpty())
            return errs;
        LocalEngine::Options engineOptions;
        engineOptions.defaultSubqueryStepMs = m_file.evaluationIntervalMs;
        SeriesStore::Options storeOptions;
        // Tests span weeks of simulated time; nothing may age out of the store during one.
        storeOptions.retentionMs = 10 * 365ll * 24 * 3600 * 1000;
        storeOptions.maxSeriesPerTarget = std::numeric_limits<int>::max();
        SeriesStore store(storeOptions);
        LocalEngine engine(store, engineOptions);

        // Partial ordering by group_eval_order; groups not named there count as first.
        QMap<QString, int> order;
        for (int i = 0; i < m_file.groupEvalOrder.size(); ++i)
            order.insert(m_file.groupEvalOrder[i], i);
        std::stable_sort(groups.begin(), groups.end(), [&](const RuleGroup &a, const RuleGroup &b) {
            return order.value(a.name, 0) < order.value(b.name, 0);
        });

        // The input series, loaded up to each evaluation time as promtool's lazy loader does.
        std::multimap<qint64, std::pair<Labels, double>> pending;
        for (const InputSeries &s : m_test.inputSeries) {
            const Result<Labels> labels = SeriesNotation::parseMetric(s.series);
            if (!labels)
                return {QStringLiteral("%1:%2: parse error: %3 in series %4")
                            .arg(labels.error().pos.line)
                            .arg(labels.error().pos.column)
                            .arg(labels.error().message, GoFormat::quote(s.series))};
            const Result<QList<SeriesNotation::Value>> values = SeriesNotation::expand(s.values);
            if (!values)
                return {QStringLiteral("%1:%2: parse error: %3 in series values %4")
                            .arg(values.error().pos.line)
                            .arg(values.error().pos.column)
                            .arg(values.error().message, GoFormat::quote(s.values))};
            for (const Sample &sample :
                 SeriesNotation::toSamples(values.value(), 0, m_test.intervalMs))
                pending.insert({sample.t, {labels.value(), sample.v}});
        }

        ManualClock clock(0);
        RuleEvaluator evaluator(&clock, &engine, &store);
        RuleEvaluator::Options options;
        options.externalLabels = m_test.externalLabels;
        options.externalUrl = m_test.externalUrl;
        options.defaultIntervalMs = m_test.intervalMs > 0 ? m_test.intervalMs : 60'000;
        options.logFailures = false; // they are reported with the test results
        evaluator.setOptions(options);
        evaluator.setRules(groups);

        qint64 maxt = 0;
        QMap<qint64, QList<AlertTest>> alertTests;
        for (const AlertTest &a : m_test.alertTests) {
            if (a.alertname.isEmpty()) {
                return {QStringLiteral("an item under alert_rule_test misses required attribute "
                                       "alertname at eval_time %1%2")
                            .arg(GoFormat::modelDuration(a.evalTimeMs),
                                 m_test.name.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" (in TestGroup %1)").arg(m_test.name))};
            }
            alertTests[a.evalTimeMs].append(a);
            maxt = std::max(maxt, a.evalTimeMs);
        }
        for (const PromqlTest &p : m_test.promqlTests)
            maxt = std::max(maxt, p.evalTimeMs);
        const QList<qint64> alertTimes = alertTests.keys();

        const qint64 step = m_file.evaluationIntervalMs;
        qsizetype curr = 0;
        for (qint64 ts = 0; ts <= maxt; ts += step) {
            while (!pending.empty() && pending.begin()->first <= ts) {
                const auto node = pending.extract(pending.begin());
                store.append(node.mapped().first, node.key(), node.mapped().second);
            }
            clock.setNow(ts);
            QStringList evalErrs;
            for (int g = 0; g < evaluator.groupCount(); ++g) {
                evaluator.evaluateGroup(g, ts);
                for (int r = 0; r < evaluator.group(g).rules.size(); ++r) {
                    if (const std::optional<Error> e = evaluator.lastError(g, r))
                        evalErrs << QStringLiteral("    rule: %1, time: %2, err: %3")
                                        .arg(evaluator.group(g).rules[r].name,
                                             GoFormat::goDuration(ts), e->message);
                }
            }
            errs << evalErrs;
            if (!evalErrs.isEmpty())
                return errs;

            while (curr < alertTimes.size() && ts <= alertTimes[curr] &&
                   alertTimes[curr] < ts + step) {
                for (const AlertTest &test : alertTests.value(alertTimes[curr]))
                    checkAlerts(evaluator, test, errs);
                ++curr;
            }
        }

        for (const PromqlTest &test : m_test.promqlTests)
            checkQuery(engine, test, errs);
        return errs;
    }

private:
    void checkAlerts(const RuleEvaluator &evaluator, const AlertTest &test, QStringList &errs)
    {
        QList<LabelsAndAnnotations> got;
        for (const Alert &a : evaluator.alerts(test.alertname)) {
            if (a.state == Alert::State::Firing && !a.isResolved())
                got.append({a.labels.list(), sortedLabels(a.annotations)});
        }
        QList<LabelsAndAnnotations> expected;
        for (const ExpectedAlert &e : test.expected) {
            QMap<QString, QString> labels = e.labels;
            labels.insert(QStringLiteral("alertname"), test.alertname);
            expected.append({sortedLabels(labels), sortedLabels(e.annotations)});
        }
        sortAlerts(got);
        sortAlerts(expected);
        if (got == expected)
            return;
        const QString name =
            m_test.name.isEmpty() ? QString() : QStringLiteral("    name: %1,\n").arg(m_test.name);
        errs << QStringLiteral("%1    alertname: %2, time: %3, \n        exp:%4, \n        got:%5")
                    .arg(name, test.alertname, GoFormat::modelDuration(test.evalTimeMs),
                         indentLines(alertsString(expected), QStringLiteral("            ")),
                         indentLines(alertsString(got), QStringLiteral("            ")));
    }

    void checkQuery(const LocalEngine &engine, const PromqlTest &test, QStringList &errs)
    {
        const QString where =
            QStringLiteral("    expr: %1, time: %2")
                .arg(GoFormat::quote(test.expr), GoFormat::modelDuration(test.evalTimeMs));
        const QueryResult result = engine.evaluateInstant(test.expr, test.evalTimeMs);
        QList<ParsedSample> got;
        if (!result.ok()) {
            errs << where + QStringLiteral(", err: ") + result.error.toString();
            return;
        }
        if (result.type == QueryResult::Type::Scalar) {
            got.append({{}, result.scalar});
        } else if (result.type == QueryResult::Type::Vector) {
            for (const QuerySeries &s : result.series) {
                if (!s.samples.empty())
                    got.append({s.labels.list(), s.samples.front().v});
            }
        } else {
            errs << where + QStringLiteral(", err: rule result is not a vector or scalar");
            return;
        }
        QList<ParsedSample> expected;
        for (const ExpectedSample &e : test.expected) {
            const Result<Labels> labels = SeriesNotation::parseMetric(e.labels);
            if (!labels) {
                errs << where + QStringLiteral(", err: labels %1: %2")
                                    .arg(GoFormat::quote(e.labels), labels.error().toString());
                return;
            }
            expected.append({labels.value().list(), e.value});
        }
        const auto byLabels = [](const ParsedSample &a, const ParsedSample &b) {
            return compareLabels(a.labels, b.labels) < 0;
        };
        std::stable_sort(expected.begin(), expected.end(), byLabels);
        std::stable_sort(got.begin(), got.end(), byLabels);
        // Values compare exactly, and NaN equals nothing, as Go's reflect.DeepEqual does.
        const bool same = expected.size() == got.size() &&
                          std::equal(expected.begin(), expected.end(), got.begin(),
                                     [](const ParsedSample &a, const ParsedSample &b) {
                                         return a.labels == b.labels && a.value == b.value;
                                     });
        if (!same)
            errs << where + QStringLiteral(",\n        exp: %1\n        got: %2")
                                .arg(samplesString(expected), samplesString(got));
    }

    const TestFile &m_file;
    const TestGroup &m_test;
    const QStringList &m_ruleFiles;
};

QStringList testFile(const QString &path, QTextStream &err)
{
    const Result<TestFile> file = readTestFile(path);
    if (!file)
        return {file.error().message};
    QSet<QString> seen;
    for (const QString &g : file.value().groupEvalOrder) {
        if (seen.contains(g))
            return {QStringLiteral("group name repeated in evaluation order: %1").arg(g)};
        seen.insert(g);
    }
    const QStringList ruleFiles = resolveRuleFiles(path, file.value().ruleFiles, err);
    QStringList errs;
    for (const TestGroup &test : file.value().tests)
        errs << GroupRun(file.value(), test, ruleFiles).run();
    return errs;
}

} // namespace

int runRulesTest(const QStringList &files, QTextStream &out, QTextStream &err)
{
    bool failed = false;
    for (const QString &file : files) {
        out << "Unit Testing:  " << file << "\n";
        out.flush();
        const QStringList errs = testFile(file, err);
        if (!errs.isEmpty()) {
            err << "  FAILED:\n";
            for (const QString &e : errs) {
                err << e << "\n";
                out << "\n";
            }
            failed = true;
        } else {
            out << "  SUCCESS\n";
        }
        out << "\n";
        out.flush();
        err.flush();
    }
    return failed ? 1 : 0;
}

} // namespace Wk
