#include "duration.h"

#include <QCoreApplication>

namespace Wk {

namespace {
struct Unit
{
    QStringView suffix;
    qint64 ms;
};
// Longest suffix first so "ms" is not read as "m".
constexpr Unit Units[] = {{u"ms", 1},
                          {u"y", 365ll * 24 * 3600 * 1000},
                          {u"w", 7ll * 24 * 3600 * 1000},
                          {u"d", 24ll * 3600 * 1000},
                          {u"h", 3600ll * 1000},
                          {u"m", 60ll * 1000},
                          {u"s", 1000}};

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::Duration)
};
} // namespace

Result<qint64> parseDuration(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return Error{Tr::tr("empty duration")};
    qint64 total = 0;
    qsizetype i = 0;
    int lastUnit = -1;
    while (i < s.size()) {
        const qsizetype start = i;
        while (i < s.size() && s[i].isDigit())
            ++i;
        if (i == start) {
            return Error{Tr::tr("invalid duration \"%1\": expected a number at position %2")
                             .arg(s.toString())
                             .arg(start + 1)};
        }
        bool ok = false;
        const qint64 n = s.mid(start, i - start).toLongLong(&ok);
        int unit = -1;
        for (int u = 0; u < int(std::size(Units)); ++u) {
            if (s.mid(i).startsWith(Units[u].suffix)) {
                unit = u;
                break;
            }
        }
        if (!ok || unit < 0) {
            return Error{Tr::tr("invalid duration \"%1\": expected a unit (ms, s, m, h, d, w, y) "
                                "at position %2")
                             .arg(s.toString())
                             .arg(i + 1)};
        }
        // Units must go from largest to smallest, each once, as Prometheus requires.
        const qint64 unitMs = Units[unit].ms;
        if (lastUnit >= 0 && unitMs >= Units[lastUnit].ms) {
            return Error{Tr::tr("invalid duration \"%1\": units out of order").arg(s.toString())};
        }
        lastUnit = unit;
        total += n * unitMs;
        i += Units[unit].suffix.size();
    }
    return total;
}

QString formatDuration(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("0s");
    QString out;
    if (ms < 0) {
        out += u'-';
        ms = -ms;
    }
    for (const Unit &u : Units) {
        if (u.ms == 1)
            continue;
        if (ms >= u.ms) {
            out += QString::number(ms / u.ms) + u.suffix.toString();
            ms %= u.ms;
        }
    }
    if (ms > 0)
        out += QString::number(ms) + QStringLiteral("ms");
    return out;
}

QString humanAge(qint64 ms)
{
    // Counts go to translate() as plain variables: lupdate's parser hangs on a division there.
    const qint64 s = std::max<qint64>(0, ms / 1000);
    const int days = int(s / 86400);
    const int minutes = int(s / 60);
    if (days > 0)
        return QCoreApplication::translate("Wk::Duration", "%n d", nullptr, days);
    if (s >= 3600) {
        const int h = int(s / 3600);
        const int m = int((s % 3600) / 60);
        return m ? QCoreApplication::translate("Wk::Duration", "%1 h %2 min").arg(h).arg(m)
                 : QCoreApplication::translate("Wk::Duration", "%n h", nullptr, h);
    }
    if (minutes > 0)
        return QCoreApplication::translate("Wk::Duration", "%n min", nullptr, minutes);
    return QCoreApplication::translate("Wk::Duration", "%n s", nullptr, int(s));
}

} // namespace Wk
