#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace Wk {

// One value inside an alert template, with the dynamic types Go's text/template sees in
// Prometheus: bool, int, float64, string, maps (label sets, `args`), query results and samples,
// and time.Time. Invalid is Go's missing value, printed as "<no value>".
class TemplateValue
{
public:
    enum class Type { Invalid, Nil, Bool, Int, Float, String, Map, List, Sample, Time, Struct };

    // A query result element: labels and value, as Prometheus's template `sample`.
    struct SampleData
    {
        QMap<QString, QString> labels;
        double value = 0;
    };

    TemplateValue() = default;
    TemplateValue(bool b);
    TemplateValue(int i);
    TemplateValue(qint64 i);
    TemplateValue(double f);
    TemplateValue(const char *s);
    TemplateValue(QString s);
    // A map of strings (label sets); stringMap is false for map[string]interface{} (`args`).
    TemplateValue(QMap<QString, TemplateValue> map, bool stringMap);
    explicit TemplateValue(QList<TemplateValue> list);
    explicit TemplateValue(SampleData sample);
    static TemplateValue nil();
    static TemplateValue fromStringMap(const QMap<QString, QString> &map);
    static TemplateValue time(qint64 ms);
    // A Go struct: named fields in order; a field that is not there is an error, not "".
    static TemplateValue structure(QString typeName, QList<QPair<QString, TemplateValue>> fields);

    Type type() const { return m_type; }
    bool isValid() const { return m_type != Type::Invalid; }
    bool toBool() const { return m_bool; }
    qint64 toInt() const { return m_int; }
    double toFloat() const { return m_float; }
    const QString &toString() const { return m_string; }
    const QMap<QString, TemplateValue> &toMap() const;
    const QList<TemplateValue> &toList() const;
    const SampleData &toSample() const;
    qint64 timeMs() const { return m_int; }
    const QList<QPair<QString, TemplateValue>> &fields() const;

    // Go's type name, for %T and error messages: "float64", "map[string]string", ...
    QString goTypeName() const;
    // Go's template truth: false, 0, "", nil and empty collections are false.
    bool isTrue() const;
    // As fmt.Sprint prints it (%v): floats in shortest %g form, maps as map[k:v ...].
    QString print() const;

private:
    Type m_type = Type::Invalid;
    bool m_bool = false;
    bool m_stringMap = true;
    qint64 m_int = 0;
    double m_float = 0;
    QString m_string;
    std::shared_ptr<const QMap<QString, TemplateValue>> m_map;
    std::shared_ptr<const QList<TemplateValue>> m_list;
    std::shared_ptr<const SampleData> m_sample;
    std::shared_ptr<const QList<QPair<QString, TemplateValue>>> m_fields;
};

} // namespace Wk
