#include "templatevalue.h"

#include "goformat.h"

#include <QStringList>

namespace Wk {

TemplateValue::TemplateValue(bool b)
    : m_type(Type::Bool)
    , m_bool(b)
{}

TemplateValue::TemplateValue(int i)
    : m_type(Type::Int)
    , m_int(i)
{}

TemplateValue::TemplateValue(qint64 i)
    : m_type(Type::Int)
    , m_int(i)
{}

TemplateValue::TemplateValue(double f)
    : m_type(Type::Float)
    , m_float(f)
{}

TemplateValue::TemplateValue(const char *s)
    : m_type(Type::String)
    , m_string(QString::fromUtf8(s))
{}

TemplateValue::TemplateValue(QString s)
    : m_type(Type::String)
    , m_string(std::move(s))
{}

TemplateValue::TemplateValue(QMap<QString, TemplateValue> map, bool stringMap)
    : m_type(Type::Map)
    , m_stringMap(stringMap)
    , m_map(std::make_shared<const QMap<QString, TemplateValue>>(std::move(map)))
{}

TemplateValue::TemplateValue(QList<TemplateValue> list)
    : m_type(Type::List)
    , m_list(std::make_shared<const QList<TemplateValue>>(std::move(list)))
{}

TemplateValue::TemplateValue(SampleData sample)
    : m_type(Type::Sample)
    , m_sample(std::make_shared<const SampleData>(std::move(sample)))
{}

TemplateValue TemplateValue::nil()
{
    TemplateValue v;
    v.m_type = Type::Nil;
    return v;
}

TemplateValue TemplateValue::fromStringMap(const QMap<QString, QString> &map)
{
    QMap<QString, TemplateValue> values;
    for (auto it = map.begin(); it != map.end(); ++it)
        values.insert(it.key(), TemplateValue(it.value()));
    return TemplateValue(std::move(values), true);
}

TemplateValue TemplateValue::time(qint64 ms)
{
    TemplateValue v;
    v.m_type = Type::Time;
    v.m_int = ms;
    return v;
}

TemplateValue TemplateValue::structure(QString typeName,
                                       QList<QPair<QString, TemplateValue>> fields)
{
    TemplateValue v;
    v.m_type = Type::Struct;
    v.m_string = std::move(typeName);
    v.m_fields = std::make_shared<const QList<QPair<QString, TemplateValue>>>(std::move(fields));
    return v;
}

const QList<QPair<QString, TemplateValue>> &TemplateValue::fields() const
{
    static const QList<QPair<QString, TemplateValue>> empty;
    return m_fields ? *m_fields : empty;
}

const QMap<QString, TemplateValue> &TemplateValue::toMap() const
{
    static const QMap<QString, TemplateValue> empty;
    return m_map ? *m_map : empty;
}

const QList<TemplateValue> &TemplateValue::toList() const
{
    static const QList<TemplateValue> empty;
    return m_list ? *m_list : empty;
}

const TemplateValue::SampleData &TemplateValue::toSample() const
{
    static const SampleData empty;
    return m_sample ? *m_sample : empty;
}

QString TemplateValue::goTypeName() const
{
    switch (m_type) {
    case Type::Invalid:
        return QStringLiteral("<no value>");
    case Type::Nil:
        return QStringLiteral("<nil>");
    case Type::Bool:
        return QStringLiteral("bool");
    case Type::Int:
        return QStringLiteral("int");
    case Type::Float:
        return QStringLiteral("float64");
    case Type::String:
        return QStringLiteral("string");
    case Type::Map:
        return m_stringMap ? QStringLiteral("map[string]string")
                           : QStringLiteral("map[string]interface {}");
    case Type::List:
        return QStringLiteral("template.queryResult");
    case Type::Sample:
        return QStringLiteral("*template.sample");
    case Type::Time:
        return QStringLiteral("time.Time");
    case Type::Struct:
        return m_string;
    }
    return {};
}

bool TemplateValue::isTrue() const
{
    switch (m_type) {
    case Type::Invalid:
    case Type::Nil:
        return false;
    case Type::Bool:
        return m_bool;
    case Type::Int:
        return m_int != 0;
    case Type::Float:
        return m_float != 0; // NaN is true, as in Go
    case Type::String:
        return !m_string.isEmpty();
    case Type::Map:
        return !toMap().isEmpty();
    case Type::List:
        return !toList().isEmpty();
    case Type::Sample:
    case Type::Time:
    case Type::Struct:
        return true;
    }
    return false;
}

QString TemplateValue::print() const
{
    switch (m_type) {
    case Type::Invalid:
        return QStringLiteral("<no value>");
    case Type::Nil:
        return QStringLiteral("<nil>");
    case Type::Bool:
        return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Int:
        return QString::number(m_int);
    case Type::Float:
        return GoFormat::floatV(m_float);
    case Type::String:
        return m_string;
    case Type::Map: {
        QStringList parts;
        const auto &map = toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            parts << it.key() + u':' + it.value().print();
        return QStringLiteral("map[") + parts.join(u' ') + u']';
    }
    case Type::List: {
        QStringList parts;
        for (const TemplateValue &v : toList())
            parts << v.print();
        return u'[' + parts.join(u' ') + u']';
    }
    case Type::Sample: {
        const SampleData &s = toSample();
        return QStringLiteral("&{") + fromStringMap(s.labels).print() + u' ' +
               GoFormat::floatV(s.value) + u'}';
    }
    case Type::Time:
        return GoFormat::timeString(m_int);
    case Type::Struct: {
        QStringList parts;
        for (const auto &field : fields())
            parts << field.second.print();
        return u'{' + parts.join(u' ') + u'}';
    }
    }
    return {};
}

} // namespace Wk
