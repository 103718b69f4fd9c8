#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Wk {

// Where in a text an error is: 1-based line and column, 0 when unknown.
struct TextPosition
{
    int line = 0;
    int column = 0;
};

// A parse or validation error that says what and where ("file.yml:12:8: expected '}'").
struct Error
{
    Error() = default;
    Error(QString what, QString inFile = {}, TextPosition at = {})
        : message(std::move(what))
        , file(std::move(inFile))
        , pos(at)
    {}

    QString message;
    QString file;
    TextPosition pos;

    QString toString() const
    {
        QString where = file;
        if (pos.line > 0) {
            where +=
                (where.isEmpty() ? QStringLiteral("line %1") : QStringLiteral(":%1")).arg(pos.line);
            if (pos.column > 0)
                where += (file.isEmpty() ? QStringLiteral(", column %1") : QStringLiteral(":%1"))
                             .arg(pos.column);
        }
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

// A value or an Error; no exceptions cross Qt boundaries.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace Wk
