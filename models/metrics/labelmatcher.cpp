#include "labelmatcher.h"

#include <QCoreApplication>

namespace Wk {

LabelMatcher::LabelMatcher(QString name, Op op, QString value)
    : m_name(std::move(name))
    , m_op(op)
    , m_value(std::move(value))
{
    if (isRegex()) {
        m_regex.setPattern(QStringLiteral("\\A(?:") + m_value + QStringLiteral(")\\z"));
        m_regex.setPatternOptions(QRegularExpression::DotMatchesEverythingOption);
        if (!m_regex.isValid()) {
            m_error = QCoreApplication::translate("Wk::LabelMatcher",
                                                  "invalid regular expression \"%1\": %2")
                          .arg(m_value, m_regex.errorString());
        }
    }
}

LabelMatcher LabelMatcher::parse(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*(.*?)\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        LabelMatcher bad;
        bad.m_error = QCoreApplication::translate("Wk::LabelMatcher",
                                                  "\"%1\" is not a matcher; expected name=value, "
                                                  "name!=value, name=~regex or name!~regex")
                          .arg(text);
        return bad;
    }
    QString value = m.captured(3);
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
        value = value.mid(1, value.size() - 2);
        value.replace(QStringLiteral("\\\""), QStringLiteral("\""));
        value.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    }
    const QString op = m.captured(2);
    const Op o = op == u"="    ? Op::Equal
                 : op == u"!=" ? Op::NotEqual
                 : op == u"=~" ? Op::RegexMatch
                               : Op::RegexNoMatch;
    return LabelMatcher(m.captured(1), o, value);
}

bool LabelMatcher::matches(const QString &v) const
{
    switch (m_op) {
    case Op::Equal:
        return v == m_value;
    case Op::NotEqual:
        return v != m_value;
    case Op::RegexMatch:
        return m_regex.match(v).hasMatch();
    case Op::RegexNoMatch:
        return !m_regex.match(v).hasMatch();
    }
    return false;
}

QString LabelMatcher::opString(Op op)
{
    switch (op) {
    case Op::Equal:
        return QStringLiteral("=");
    case Op::NotEqual:
        return QStringLiteral("!=");
    case Op::RegexMatch:
        return QStringLiteral("=~");
    case Op::RegexNoMatch:
        return QStringLiteral("!~");
    }
    return {};
}

QString LabelMatcher::toString() const
{
    QString v = m_value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return m_name + opString(m_op) + u'"' + v + u'"';
}

bool matchesAll(const LabelMatchers &matchers, const Labels &labels)
{
    for (const LabelMatcher &m : matchers) {
        if (!m.matches(labels))
            return false;
    }
    return true;
}

} // namespace Wk
