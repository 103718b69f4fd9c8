#pragma once

#include <QList>
#include <QString>

namespace Wk {

struct Label
{
    QString name;
    QString value;
    friend bool operator==(const Label &, const Label &) = default;
};

// A label set kept sorted by name, names unique; "__name__" holds the metric name.
class Labels
{
public:
    Labels() = default;
    Labels(std::initializer_list<Label> labels);
    static Labels fromList(QList<Label> labels); // sorts; a later duplicate name wins

    QString value(QStringView name) const; // empty when absent
    bool has(QStringView name) const;
    void set(const QString &name, const QString &value); // empty value removes
    void remove(QStringView name);
    QString metricName() const { return value(u"__name__"); }
    Labels withoutName() const;

    const QList<Label> &list() const { return m_labels; }
    int size() const { return int(m_labels.size()); }
    bool isEmpty() const { return m_labels.isEmpty(); }
    auto begin() const { return m_labels.begin(); }
    auto end() const { return m_labels.end(); }

    // Prometheus notation: name{a="b", c="d"}, values escaped.
    QString toString() const;
    size_t hash() const;

    friend bool operator==(const Labels &, const Labels &) = default;
    friend bool operator<(const Labels &a, const Labels &b);

private:
    QList<Label> m_labels;
};

inline size_t qHash(const Labels &labels, size_t seed = 0)
{
    return labels.hash() ^ seed;
}

} // namespace Wk
