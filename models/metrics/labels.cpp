#include "labels.h"

#include <QHashFunctions>

#include <algorithm>

namespace Wk {

Labels::Labels(std::initializer_list<Label> labels)
{
    *this = fromList(QList<Label>(labels));
}

Labels Labels::fromList(QList<Label> labels)
{
    std::stable_sort(labels.begin(), labels.end(),
                     [](const Label &a, const Label &b) { return a.name < b.name; });
    Labels out;
    out.m_labels.reserve(labels.size());
    for (Label &l : labels) {
        if (l.value.isEmpty())
            continue;
        if (!out.m_labels.isEmpty() && out.m_labels.last().name == l.name)
            out.m_labels.last().value = std::move(l.value);
        else
            out.m_labels.append(std::move(l));
    }
    return out;
}

// The index of the first label whose name is not less than name. Index-based, so no
// iterator of a shared list outlives a detach.
static qsizetype lowerBound(const QList<Label> &labels, QStringView name)
{
    const auto it =
        std::lower_bound(labels.cbegin(), labels.cend(), name,
                         [](const Label &l, QStringView n) { return QStringView(l.name) < n; });
    return it - labels.cbegin();
}

QString Labels::value(QStringView name) const
{
    const qsizetype i = lowerBound(m_labels, name);
    return (i < m_labels.size() && m_labels.at(i).name == name) ? m_labels.at(i).value : QString();
}

bool Labels::has(QStringView name) const
{
    const qsizetype i = lowerBound(m_labels, name);
    return i < m_labels.size() && m_labels.at(i).name == name;
}

void Labels::set(const QString &name, const QString &value)
{
    const qsizetype i = lowerBound(m_labels, name);
    const bool present = i < m_labels.size() && m_labels.at(i).name == name;
    if (value.isEmpty()) {
        if (present)
            m_labels.removeAt(i);
    } else if (present) {
        m_labels[i].value = value;
    } else {
        m_labels.insert(i, Label{name, value});
    }
}

void Labels::remove(QStringView name)
{
    const qsizetype i = lowerBound(m_labels, name);
    if (i < m_labels.size() && m_labels.at(i).name == name)
        m_labels.removeAt(i);
}

Labels Labels::withoutName() const
{
    Labels copy = *this;
    copy.remove(u"__name__");
    return copy;
}

static QString escapeValue(const QString &v)
{
    QString out;
    out.reserve(v.size());
    for (QChar c : v) {
        if (c == u'\\')
            out += u"\\\\";
        else if (c == u'"')
            out += u"\\\"";
        else if (c == u'\n')
            out += u"\\n";
        else
            out += c;
    }
    return out;
}

QString Labels::toString() const
{
    QString out = metricName();
    QStringList parts;
    for (const Label &l : m_labels) {
        if (l.name != u"__name__")
            parts << l.name + QStringLiteral("=\"") + escapeValue(l.value) + u'"';
    }
    if (!parts.isEmpty() || out.isEmpty())
        out += u'{' + parts.join(QStringLiteral(", ")) + u'}';
    return out;
}

size_t Labels::hash() const
{
    size_t h = 0;
    for (const Label &l : m_labels)
        h = qHashMulti(h, l.name, l.value);
    return h;
}

bool operator<(const Labels &a, const Labels &b)
{
    const qsizetype n = std::min(a.m_labels.size(), b.m_labels.size());
    for (qsizetype i = 0; i < n; ++i) {
        const Label &x = a.m_labels[i];
        const Label &y = b.m_labels[i];
        if (x.name != y.name)
            return x.name < y.name;
        if (x.value != y.value)
            return x.value < y.value;
    }
    return a.m_labels.size() < b.m_labels.size();
}

} // namespace Wk
