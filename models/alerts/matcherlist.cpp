#include "matcherlist.h"

#include <QCoreApplication>

namespace Wk {

Result<LabelMatchers> parseMatcherList(const QString &text)
{
    QString body = text.trimmed();
    if (body.startsWith(u'{')) {
        if (!body.endsWith(u'}'))
            return Error(
                QCoreApplication::translate("Wk::MatcherList", "\"%1\": missing closing '}'")
                    .arg(text));
        body = body.mid(1, body.size() - 2);
    }
    QStringList parts;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (quoted && c == u'\\' && i + 1 < body.size()) {
            current += c;
            current += body.at(++i);
            continue;
        }
        if (c == u'"')
            quoted = !quoted;
        if (c == u',' && !quoted) {
            parts << current;
            current.clear();
            continue;
        }
        current += c;
    }
    if (quoted)
        return Error(
            QCoreApplication::translate("Wk::MatcherList", "\"%1\": unterminated quote").arg(text));
    if (!current.trimmed().isEmpty() || !parts.isEmpty())
        parts << current;

    LabelMatchers out;
    for (const QString &part : std::as_const(parts)) {
        if (part.trimmed().isEmpty()) // a trailing comma, as Prometheus allows
            continue;
        LabelMatcher m = LabelMatcher::parse(part);
        if (!m.isValid())
            return Error(m.error());
        out << m;
    }
    return out;
}

QString matcherListToString(const LabelMatchers &matchers)
{
    QStringList parts;
    for (const LabelMatcher &m : matchers)
        parts << m.toString();
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

} // namespace Wk
