#include "ruleloader.h"

#include "alerttemplate.h"
#include "goformat.h"

#include "models/core/duration.h"
#include "models/promql/parser.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace Wk {

namespace {

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::RuleLoader)
};

QString scalar(const YAML::Node &n)
{
    if (!n || n.IsNull())
        return {};
    return QString::fromStdString(n.Scalar());
}

TextPosition positionOf(const YAML::Mark &m)
{
    if (m.line < 0)
        return {};
    return TextPosition{m.line + 1, m.column + 1};
}

class Reader
{
public:
    Reader(QString file, QList<Error> &errors)
        : m_file(std::move(file))
        , m_errors(errors)
    {}

    void error(const YAML::Mark &at, const QString &message)
    {
        m_errors.append(Error(message, m_file, positionOf(at)));
    }
    void error(const YAML::Node &at, const QString &message) { error(at.Mark(), message); }

    // Reports keys outside `allowed`, as Prometheus's strict YAML decoding does.
    void checkKeys(const YAML::Node &map, const QStringList &allowed, const QString &what)
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = scalar(it->first);
            if (!allowed.contains(key))
                error(it->first, Tr::tr("field %1 not found in %2").arg(key, what));
        }
    }

    std::optional<qint64> duration(const YAML::Node &value, const QString &prefix)
    {
        const Result<qint64> d = RuleLoader::parseDuration(scalar(value));
        if (!d) {
            error(value, prefix + d.error().message);
            return std::nullopt;
        }
        return d.value();
    }

    // A mapping of strings (labels, annotations), keys in the order of the file.
    QList<QPair<YAML::Node, QString>> stringMap(const YAML::Node &node, const QString &prefix,
                                                const QString &what)
    {
        QList<QPair<YAML::Node, QString>> out;
        if (!node || node.IsNull())
            return out;
        if (!node.IsMap()) {
            error(node, prefix + Tr::tr("%1 must be a mapping of names to strings").arg(what));
            return out;
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (!it->second.IsScalar() && !it->second.IsNull()) {
                error(it->second, prefix + Tr::tr("%1 %2 must be a string")
                                               .arg(what, GoFormat::quote(scalar(it->first))));
                continue;
            }
            out.append({it->first, scalar(it->second)});
        }
        return out;
    }

private:
    QString m_file;
    QList<Error> &m_errors;
};

void readRule(Reader &reader, const YAML::Node &node, int index, RuleGroup &group)
{
    Rule rule;
    rule.pos = positionOf(node.Mark());
    if (!node.IsMap()) {
        reader.error(node, Tr::tr("group %1, rule %2: a rule must be a mapping")
                               .arg(GoFormat::quote(group.name))
                               .arg(index));
        return;
    }
    reader.checkKeys(node,
                     {QStringLiteral("record"), QStringLiteral("alert"), QStringLiteral("expr"),
                      QStringLiteral("for"), QStringLiteral("keep_firing_for"),
                      QStringLiteral("labels"), QStringLiteral("annotations")},
                     Tr::tr("a rule"));
    const YAML::Node record = node["record"];
    const YAML::Node alert = node["alert"];
    const YAML::Node expr = node["expr"];
    const QString recordName = scalar(record);
    const QString alertName = scalar(alert);
    rule.kind = recordName.isEmpty() ? Rule::Kind::Alerting : Rule::Kind::Recording;
    rule.name = recordName.isEmpty() ? alertName : recordName;
    const QString prefix = QStringLiteral("group %1, rule %2, %3: ")
                               .arg(GoFormat::quote(group.name))
                               .arg(index)
                               .arg(GoFormat::quote(rule.name));
    const YAML::Node ruleKey = record ? record : (alert ? alert : node);

    if (!recordName.isEmpty() && !alertName.isEmpty())
        reader.error(record, prefix + Tr::tr("only one of 'record' and 'alert' must be set"));
    if (recordName.isEmpty() && alertName.isEmpty())
        reader.error(node, prefix + Tr::tr("one of 'record' or 'alert' must be set"));

    rule.expr = scalar(expr).trimmed();
    rule.exprPos = positionOf(expr ? expr.Mark() : node.Mark());
    if (rule.expr.isEmpty()) {
        reader.error(expr ? expr : node, prefix + Tr::tr("field 'expr' must be set in rule"));
    } else if (const auto parsed = Promql::Parser::parse(rule.expr); !parsed) {
        const Error &e = parsed.error();
        reader.error(expr, prefix + Tr::tr("could not parse expression: %1:%2: parse error: %3")
                                        .arg(e.pos.line)
                                        .arg(e.pos.column)
                                        .arg(e.message));
    }

    if (const YAML::Node f = node["for"]; f) {
        if (rule.kind == Rule::Kind::Recording)
            reader.error(ruleKey, prefix + Tr::tr("invalid field 'for' in recording rule"));
        else if (const auto d = reader.duration(f, prefix))
            rule.forMs = *d;
    }
    if (const YAML::Node k = node["keep_firing_for"]; k) {
        if (rule.kind == Rule::Kind::Recording)
            reader.error(ruleKey,
                         prefix + Tr::tr("invalid field 'keep_firing_for' in recording rule"));
        else if (const auto d = reader.duration(k, prefix))
            rule.keepFiringForMs = *d;
    }
    if (rule.kind == Rule::Kind::Recording && !recordName.isEmpty() &&
        !RuleLoader::isValidMetricName(recordName))
        reader.error(record, prefix + Tr::tr("invalid recording rule name: %1").arg(recordName));

    for (const auto &[key, value] : reader.stringMap(node["labels"], prefix, Tr::tr("labels"))) {
        const QString name = scalar(key);
        if (!RuleLoader::isValidLabelName(name) || name == u"__name__") {
            reader.error(key, prefix + Tr::tr("invalid label name: %1").arg(name));
            continue;
        }
        rule.labels.insert(name, value);
        if (rule.kind == Rule::Kind::Alerting) {
            const Result<AlertTemplate> t = AlertTemplate::parse(value, rule.name);
            if (!t)
                reader.error(
                    key,
                    prefix + Tr::tr("label %1: %2").arg(GoFormat::quote(name), t.error().message));
        }
    }
    const YAML::Node annotations = node["annotations"];
    if (annotations && rule.kind == Rule::Kind::Recording)
        reader.error(ruleKey, prefix + Tr::tr("invalid field 'annotations' in recording rule"));
    for (const auto &[key, value] : reader.stringMap(annotations, prefix, Tr::tr("annotations"))) {
        const QString name = scalar(key);
        if (!RuleLoader::isValidLabelName(name)) {
            reader.error(key, prefix + Tr::tr("invalid annotation name: %1").arg(name));
            continue;
        }
        rule.annotations.insert(name, value);
        if (rule.kind == Rule::Kind::Alerting) {
            const Result<AlertTemplate> t = AlertTemplate::parse(value, rule.name);
            if (!t)
                reader.error(
                    key,
                    prefix +
                        Tr::tr("annotation %1: %2").arg(GoFormat::quote(name), t.error().message));
        }
    }
    group.rules.append(rule);
}

} // namespace

RuleLoader::Outcome RuleLoader::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Outcome out;
        out.file.path = path;
        out.errors.append(
            Error(Tr::tr("cannot read the rule file: %1").arg(f.errorString()), path));
        return out;
    }
    return loadText(f.readAll(), path);
}

RuleLoader::Outcome RuleLoader::loadText(const QByteArray &yaml, const QString &path)
{
    Outcome out;
    out.file.path = path;
    Reader reader(path, out.errors);
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        reader.error(e.mark, Tr::tr("yaml: %1").arg(QString::fromStdString(e.msg)));
        return out;
    }
    if (!root || root.IsNull())
        return out;
    if (!root.IsMap()) {
        reader.error(root, Tr::tr("a rule file must be a mapping with a \"groups\" list"));
        return out;
    }
    reader.checkKeys(root, {QStringLiteral("groups")}, Tr::tr("a rule file"));
    const YAML::Node groups = root["groups"];
    if (!groups || groups.IsNull())
        return out;
    if (!groups.IsSequence()) {
        reader.error(groups, Tr::tr("\"groups\" must be a list"));
        return out;
    }
    QSet<QString> names;
    for (const YAML::Node &g : groups) {
        if (!g.IsMap()) {
            reader.error(g, Tr::tr("a group must be a mapping"));
            continue;
        }
        reader.checkKeys(g,
                         {QStringLiteral("name"), QStringLiteral("interval"),
                          QStringLiteral("limit"), QStringLiteral("rules")},
                         Tr::tr("a rule group"));
        RuleGroup group;
        group.file = path;
        group.pos = positionOf(g.Mark());
        group.name = scalar(g["name"]);
        if (group.name.isEmpty())
            reader.error(g, Tr::tr("Groupname must not be empty"));
        else if (names.contains(group.name))
            reader.error(g, Tr::tr("groupname: %1 is repeated in the same file")
                                .arg(GoFormat::quote(group.name)));
        names.insert(group.name);
        const QString prefix = Tr::tr("group %1: ").arg(GoFormat::quote(group.name));
        if (const YAML::Node interval = g["interval"]; interval) {
            if (const auto d = reader.duration(interval, prefix))
                group.intervalMs = *d;
        }
        if (const YAML::Node limit = g["limit"]; limit) {
            bool ok = false;
            group.limit = scalar(limit).toInt(&ok);
            if (!ok || group.limit < 0)
                reader.error(limit, prefix + Tr::tr("limit must be a whole number, 0 or more"));
        }
        const YAML::Node rules = g["rules"];
        if (rules && !rules.IsNull() && !rules.IsSequence()) {
            reader.error(rules, prefix + Tr::tr("\"rules\" must be a list"));
        } else if (rules) {
            int index = 0;
            for (const YAML::Node &r : rules)
                readRule(reader, r, ++index, group);
        }
        out.file.groups.append(group);
    }
    return out;
}

Result<qint64> RuleLoader::parseDuration(const QString &text)
{
    // Prometheus accepts "0" alone without a unit; every other duration needs units in
    // decreasing order.
    if (text == u"0")
        return qint64(0);
    static const QRegularExpression pattern(QStringLiteral(
        "^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$"));
    if (text.isEmpty() || !pattern.match(text).hasMatch())
        return Error(QStringLiteral("not a valid duration string: %1").arg(GoFormat::quote(text)));
    const Result<qint64> ms = Wk::parseDuration(text);
    if (!ms)
        return Error(QStringLiteral("not a valid duration string: %1").arg(GoFormat::quote(text)));
    return ms.value();
}

bool RuleLoader::isValidLabelName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

bool RuleLoader::isValidMetricName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    return pattern.match(name).hasMatch();
}

} // namespace Wk
