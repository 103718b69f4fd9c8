#include "escalationpolicy.h"

#include "matcherlist.h"

#include "models/core/duration.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Wk {

EscalationPolicy EscalationPolicy::guideDefault()
{
    constexpr qint64 Minute = 60'000;
    EscalationPolicy p;
    p.matchers << LabelMatcher(QStringLiteral("severity"), LabelMatcher::Op::Equal,
                               QStringLiteral("critical"));
    p.steps << EscalationStep{1,
                              5 * Minute,
                              {QStringLiteral("pagerduty"), QStringLiteral("sms")},
                              QStringLiteral("on-call engineer")};
    p.steps << EscalationStep{
        2,
        15 * Minute,
        {QStringLiteral("pagerduty"), QStringLiteral("sms"), QStringLiteral("slack")},
        QStringLiteral("secondary on-call")};
    p.steps << EscalationStep{3,
                              30 * Minute,
                              {QStringLiteral("pagerduty"), QStringLiteral("sms"),
                               QStringLiteral("slack"), QStringLiteral("email")},
                              QStringLiteral("engineering management")};
    return p;
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wk::EscalationPolicy", text);
}

TextPosition positionOf(const YAML::Node &n)
{
    const YAML::Mark m = n.Mark();
    return m.line < 0 ? TextPosition{} : TextPosition{m.line + 1, m.column + 1};
}

QString scalar(const YAML::Node &n)
{
    return n && n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
}

} // namespace

Result<EscalationPolicy> EscalationPolicy::parseYaml(const QByteArray &text, const QString &file)
{
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return Error(QString::fromStdString(e.msg), file,
                     TextPosition{e.mark.line + 1, e.mark.column + 1});
    }
    return parse(root.IsMap() ? root["escalation"] : YAML::Node(), file);
}

Result<EscalationPolicy> EscalationPolicy::parse(const YAML::Node &node, const QString &file)
{
    EscalationPolicy p = guideDefault();
    if (!node || node.IsNull())
        return p;
    if (!node.IsMap())
        return Error(tr("escalation must be a map with matchers and steps"), file,
                     positionOf(node));
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = scalar(it->first);
        if (key != QLatin1String("matchers") && key != QLatin1String("steps"))
            return Error(tr("unknown field %1 in escalation; known: matchers, steps").arg(key),
                         file, positionOf(it->first));
    }
    if (const YAML::Node m = node["matchers"]; m) {
        if (!m.IsSequence())
            return Error(tr("matchers must be a list of matchers"), file, positionOf(m));
        p.matchers.clear();
        for (const YAML::Node &item : m) {
            Result<LabelMatchers> parsed = parseMatcherList(scalar(item));
            if (!parsed)
                return Error(parsed.error().message, file, positionOf(item));
            p.matchers += parsed.value();
        }
    }
    if (const YAML::Node steps = node["steps"]; steps) {
        if (!steps.IsSequence())
            return Error(tr("steps must be a list"), file, positionOf(steps));
        p.steps.clear();
        for (const YAML::Node &item : steps) {
            if (!item.IsMap())
                return Error(tr("a step must be a map with after, channels and target"), file,
                             positionOf(item));
            EscalationStep step;
            const Result<qint64> after = parseDuration(scalar(item["after"]));
            if (!after || after.value() <= 0)
                return Error(tr("a step needs a positive delay after: (5m, 15m, 30m)"), file,
                             positionOf(item["after"] ? item["after"] : item));
            step.afterMs = after.value();
            const YAML::Node channels = item["channels"];
            if (!channels || !channels.IsSequence() || channels.size() == 0)
                return Error(tr("a step needs a list of channels"), file, positionOf(item));
            for (const YAML::Node &c : channels)
                step.channels << scalar(c);
            step.target = scalar(item["target"]);
            p.steps << step;
        }
        std::sort(
            p.steps.begin(), p.steps.end(),
            [](const EscalationStep &a, const EscalationStep &b) { return a.afterMs < b.afterMs; });
        for (int i = 0; i < int(p.steps.size()); ++i)
            p.steps[i].number = i + 1;
    }
    return p;
}

} // namespace Wk
