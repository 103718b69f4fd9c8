#include "widgets/legendtemplate.h"

#include <QRegularExpression>

#include <algorithm>

namespace Wk {

QString expandLegendTemplate(const QString &legendTemplate, const Labels &labels)
{
    if (legendTemplate.trimmed().isEmpty()) {
        const bool onlyName = std::all_of(labels.begin(), labels.end(), [](const Label &l) {
            return l.name == QLatin1String("__name__");
        });
        if (onlyName)
            return labels.metricName();
        return labels.toString();
    }
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\}\\}"));
    QString out;
    qsizetype at = 0;
    auto it = placeholder.globalMatch(legendTemplate);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += legendTemplate.mid(at, m.capturedStart() - at);
        out += labels.value(m.capturedView(1));
        at = m.capturedEnd();
    }
    out += legendTemplate.mid(at);
    return out;
}

QStringList legendTexts(const QString &legendTemplate, const QList<Labels> &labels)
{
    QStringList out;
    out.reserve(labels.size());
    if (!legendTemplate.trimmed().isEmpty() || labels.size() < 2) {
        for (const Labels &l : labels)
            out << expandLegendTemplate(legendTemplate, l);
        return out;
    }
    // Names whose value is not the same in every series (a missing label counts as empty).
    QStringList names;
    for (const Labels &l : labels)
        for (const Label &x : l)
            if (!names.contains(x.name))
                names << x.name;
    QStringList differing;
    for (const QString &name : std::as_const(names)) {
        const QString first = labels.first().value(name);
        for (const Labels &l : labels) {
            if (l.value(name) != first) {
                differing << name;
                break;
            }
        }
    }
    for (const Labels &l : labels) {
        if (differing.isEmpty()) {
            out << expandLegendTemplate({}, l);
        } else if (differing.size() == 1) {
            out << l.value(differing.first());
        } else {
            QList<Label> kept;
            for (const QString &name : std::as_const(differing))
                kept.append({name, l.value(name)});
            out << Labels::fromList(kept).toString();
        }
    }
    return out;
}

} // namespace Wk
