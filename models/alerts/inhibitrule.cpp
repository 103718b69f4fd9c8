#include "inhibitrule.h"

#include "matcherlist.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

namespace Wk {

namespace {

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::InhibitRule)
};

QString scalar(const YAML::Node &n)
{
    if (!n || !n.IsScalar())
        return {};
    return QString::fromStdString(n.Scalar());
}

TextPosition positionOf(const YAML::Node &n)
{
    const YAML::Mark m = n.Mark();
    if (m.line < 0)
        return {};
    return TextPosition{m.line + 1, m.column + 1};
}

LabelMatcher regexMatcher(const QString &name, const QString &value)
{
    return LabelMatcher(name, LabelMatcher::Op::RegexMatch, value);
}

// Reads one side: `<side>_matchers` strings and the older `<side>_match` / `<side>_match_re`.
std::optional<Error> readSide(const YAML::Node &rule, const char *side, const QString &file,
                              LabelMatchers &out)
{
    const std::string s(side);
    if (const YAML::Node list = rule[s + "_matchers"]; list) {
        if (!list.IsSequence())
            return Error(Tr::tr("%1_matchers must be a list of matchers").arg(QLatin1String(side)),
                         file, positionOf(list));
        for (const YAML::Node &item : list) {
            Result<LabelMatchers> parsed = parseMatcherList(scalar(item));
            if (!parsed)
                return Error(parsed.error().message, file, positionOf(item));
            out += parsed.value();
        }
    }
    for (const bool regex : {false, true}) {
        const YAML::Node map = rule[s + (regex ? "_match_re" : "_match")];
        if (!map)
            continue;
        if (!map.IsMap())
            return Error(Tr::tr("%1 must be a map of label names to values")
                             .arg(QString::fromStdString(s + (regex ? "_match_re" : "_match"))),
                         file, positionOf(map));
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString name = scalar(it->first);
            const QString value = scalar(it->second);
            LabelMatcher m = regex ? regexMatcher(name, value)
                                   : LabelMatcher(name, LabelMatcher::Op::Equal, value);
            if (!m.isValid())
                return Error(m.error(), file, positionOf(it->second));
            out << m;
        }
    }
    return std::nullopt;
}

} // namespace

bool InhibitRule::equalLabels(const Labels &source, const Labels &target) const
{
    for (const QString &name : equal) {
        if (source.value(name) != target.value(name))
            return false;
    }
    return true;
}

bool InhibitRule::inhibits(const Labels &source, const Labels &target) const
{
    if (!isSource(source) || !isTarget(target) || !equalLabels(source, target))
        return false;
    // Alertmanager's two-sided exclusion: a source that is also a target does not inhibit a
    // target that is also a source.
    return !(isTarget(source) && isSource(target));
}

QList<InhibitRule> InhibitRule::defaults()
{
    InhibitRule rule;
    rule.sourceMatchers << regexMatcher(QStringLiteral("alertname"),
                                        QStringLiteral("SystemDown|DatabaseUnavailable"));
    rule.targetMatchers << regexMatcher(QStringLiteral("alertname"),
                                        QStringLiteral("PerformanceDegradation|HighErrorRate|"
                                                       "CacheMissRateHigh|ExternalAPIFailures"));
    rule.equal << QStringLiteral("instance");
    return {rule};
}

Result<QList<InhibitRule>> InhibitRule::parse(const YAML::Node &list, const QString &file)
{
    QList<InhibitRule> rules;
    if (!list || list.IsNull())
        return rules;
    if (!list.IsSequence())
        return Error(Tr::tr("inhibit_rules must be a list of rules"), file, positionOf(list));
    static const QStringList known{QStringLiteral("source_matchers"),
                                   QStringLiteral("target_matchers"),
                                   QStringLiteral("source_match"),
                                   QStringLiteral("source_match_re"),
                                   QStringLiteral("target_match"),
                                   QStringLiteral("target_match_re"),
                                   QStringLiteral("equal")};
    for (const YAML::Node &node : list) {
        if (!node.IsMap())
            return Error(Tr::tr("an inhibition rule must be a map"), file, positionOf(node));
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = scalar(it->first);
            if (!known.contains(key))
                return Error(Tr::tr("unknown field %1 in an inhibition rule; known: %2")
                                 .arg(key, known.join(QStringLiteral(", "))),
                             file, positionOf(it->first));
        }
        InhibitRule rule;
        if (auto err = readSide(node, "source", file, rule.sourceMatchers))
            return *err;
        if (auto err = readSide(node, "target", file, rule.targetMatchers))
            return *err;
        if (const YAML::Node eq = node["equal"]; eq) {
            if (!eq.IsSequence())
                return Error(Tr::tr("equal must be a list of label names"), file, positionOf(eq));
            for (const YAML::Node &n : eq)
                rule.equal << scalar(n);
        }
        if (rule.sourceMatchers.isEmpty() && rule.targetMatchers.isEmpty())
            return Error(Tr::tr("an inhibition rule needs source and target matchers"), file,
                         positionOf(node));
        rules << rule;
    }
    return rules;
}

Result<QList<InhibitRule>> InhibitRule::parseYaml(const QByteArray &text, const QString &file)
{
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return Error(QString::fromStdString(e.msg), file,
                     TextPosition{e.mark.line + 1, e.mark.column + 1});
    }
    if (root.IsMap())
        return parse(root["inhibit_rules"], file);
    return parse(root, file);
}

} // namespace Wk
