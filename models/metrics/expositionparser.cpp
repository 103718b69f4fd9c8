#include "expositionparser.h"

#include "expositionnumber.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

// What strict validation adds to the syntax (lenient checks the syntax only):
// - both formats: a family's lines together and its sample names its own (a histogram "x" owns
//   x_bucket, x_sum and x_count), a group's samples together (a group: the labels without le,
//   quantile or a stateset's label), histogram buckets with ascending le and a +Inf bucket equal
//   to _count, quantile labels within [0, 1];
// - Prometheus text: each series once, quantiles ascending;
// - OpenMetrics: counter-like values (_total, _sum, _count, _bucket, _gcount) neither NaN nor
//   negative, bucket and count values integers, _sum and _count together, no _sum with negative
//   buckets, info samples 1, stateset samples 0 or 1, quantile values not negative, exemplars
//   only on buckets and counter totals with at most 128 characters of labels, timestamps not
//   going back within a group, a UNIT that ends the family's name.
// Groups seen are kept as 64-bit hashes of their labels; family names are compared exactly.

namespace Wk {

namespace {

using Exposition::NumberSyntax;
using Exposition::parseMillis;
using Exposition::parseNumber;
using Exposition::secondsToMillis;

// ---- characters -------------------------------------------------------------------------

enum CharClass : unsigned char {
    MetricStart = 1, // [a-zA-Z_:]
    MetricChar = 2,  // [a-zA-Z0-9_:]
    LabelStart = 4,  // [a-zA-Z_]
    LabelChar = 8,   // [a-zA-Z0-9_]
};

constexpr std::array<unsigned char, 256> makeCharClasses()
{
    std::array<unsigned char, 256> table{};
    for (int c = 0; c < 256; ++c) {
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        unsigned char bits = 0;
        if (alpha || c == '_' || c == ':')
            bits |= MetricStart | MetricChar;
        if (digit)
            bits |= MetricChar | LabelChar;
        if (alpha || c == '_')
            bits |= LabelStart | LabelChar;
        table[size_t(c)] = bits;
    }
    return table;
}

constexpr std::array<unsigned char, 256> charClasses = makeCharClasses();

inline bool hasClass(char c, unsigned char cls)
{
    return charClasses[static_cast<unsigned char>(c)] & cls;
}

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

inline const char *skipBlanks(const char *p, const char *e)
{
    while (p != e && isBlank(*p))
        ++p;
    return p;
}

inline const char *findBlank(const char *p, const char *e)
{
    while (p != e && !isBlank(*p))
        ++p;
    return p;
}

inline const char *findSpace(const char *p, const char *e)
{
    const void *hit = std::memchr(p, ' ', size_t(e - p));
    return hit ? static_cast<const char *>(hit) : e;
}

inline const char *scanMetricName(const char *p, const char *e)
{
    if (p == e || !hasClass(*p, MetricStart))
        return p;
    ++p;
    while (p != e && hasClass(*p, MetricChar))
        ++p;
    return p;
}

inline const char *scanLabelName(const char *p, const char *e)
{
    if (p == e || !hasClass(*p, LabelStart))
        return p;
    ++p;
    while (p != e && hasClass(*p, LabelChar))
        ++p;
    return p;
}

inline QByteArrayView view(const char *b, const char *e)
{
    return QByteArrayView(b, e - b);
}

inline bool equals(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

// Lowercase literal against a case-insensitive token.
bool equalsIgnoreCase(const char *b, const char *e, const char *lower)
{
    const size_t n = std::strlen(lower);
    if (size_t(e - b) != n)
        return false;
    for (size_t i = 0; i < n; ++i) {
        if ((b[i] | 0x20) != lower[i])
            return false;
    }
    return true;
}

// Where the first byte that is not valid UTF-8 is, or null.
const char *invalidUtf8(const char *p, const char *e)
{
    while (p != e) {
        while (e - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ull)
                break;
            p += 8;
        }
        if (p == e)
            return nullptr;
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        quint32 cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return p;
        }
        if (e - p <= extra)
            return p;
        for (int i = 1; i <= extra; ++i) {
            const unsigned char cc = static_cast<unsigned char>(p[i]);
            if ((cc & 0xC0) != 0x80)
                return p;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return p;
        p += extra + 1;
    }
    return nullptr;
}

// Bytes of a word equal to c: the lowest flagged byte is exact (higher ones may be false).
inline quint64 bytesEqual(quint64 word, unsigned char c)
{
    constexpr quint64 ones = 0x0101010101010101ull;
    const quint64 x = word ^ (ones * c);
    return (x - ones) & ~x & 0x8080808080808080ull;
}

// The first '"', '\\' or non-ASCII byte, or e.
inline const char *findQuoteBackslashOrHigh(const char *p, const char *e)
{
    while (e - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        const quint64 hits =
            bytesEqual(word, '"') | bytesEqual(word, '\\') | (word & 0x8080808080808080ull);
        if (hits)
            return p + (std::countr_zero(hits) >> 3);
        p += 8;
    }
    while (p != e && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) < 0x80)
        ++p;
    return p;
}

qsizetype codePoints(QByteArrayView text)
{
    qsizetype n = 0;
    for (char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// ---- hashing (groups and series within a family) ----------------------------------------

__extension__ typedef unsigned __int128 Uint128;

inline quint64 mix(quint64 a, quint64 b)
{
    const Uint128 product = Uint128(a) * b;
    return quint64(product) ^ quint64(product >> 64);
}

inline quint64 load64(const char *p)
{
    quint64 word;
    std::memcpy(&word, p, 8);
    return word;
}

inline quint64 load32(const char *p)
{
    quint32 word;
    std::memcpy(&word, p, 4);
    return word;
}

// Short strings (label names and values) are the norm: no loop and no variable-size copy below
// eight bytes, an overlapping last word above.
quint64 hashBytes(QByteArrayView text, quint64 seed)
{
    const char *p = text.data();
    const size_t n = size_t(text.size());
    quint64 h = seed ^ (quint64(n) * 0x9E3779B97F4A7C15ull);
    quint64 tail = 0;
    if (n >= 8) {
        const char *last = p + n - 8;
        for (; p < last; p += 8)
            h = mix(h ^ load64(p), 0xBF58476D1CE4E5B9ull);
        tail = load64(last);
    } else if (n >= 4) {
        tail = (load32(p) << 32) | load32(p + n - 4);
    } else if (n > 0) {
        const auto byte = [p](size_t i) { return quint64(static_cast<unsigned char>(p[i])); };
        tail = (byte(0) << 16) | (byte(n >> 1) << 8) | byte(n - 1);
    }
    return mix(h ^ tail, 0x94D049BB133111EBull);
}

inline quint64 labelHash(QByteArrayView name, QByteArrayView value)
{
    return mix(hashBytes(name, 0x243F6A8885A308D3ull), hashBytes(value, 0x13198A2E03707344ull));
}

// A set of 64-bit keys; clearing costs what was inserted, not the capacity.
class KeySet
{
public:
    // False when the key was present.
    bool insert(quint64 key)
    {
        key |= 1; // 0 marks a free slot
        if ((m_used.size() + 1) * 2 > m_slots.size())
            grow();
        size_t i = size_t(key) & m_mask;
        while (m_slots[i] != 0) {
            if (m_slots[i] == key)
                return false;
            i = (i + 1) & m_mask;
        }
        m_slots[i] = key;
        m_used.push_back(quint32(i));
        return true;
    }
    void clear()
    {
        for (quint32 i : m_used)
            m_slots[i] = 0;
        m_used.clear();
    }

private:
    void grow()
    {
        const size_t capacity = std::max<size_t>(16, m_slots.size() * 2);
        std::vector<quint64> keys;
        keys.reserve(m_used.size());
        for (quint32 i : m_used)
            keys.push_back(m_slots[i]);
        m_slots.assign(capacity, 0);
        m_mask = capacity - 1;
        m_used.clear();
        for (quint64 k : keys)
            insert(k);
    }
    std::vector<quint64> m_slots;
    std::vector<quint32> m_used;
    size_t m_mask = 0;
};

// Metric names seen on a page (a family's name and its sample names), compared exactly.
class NameSet
{
public:
    bool insert(QByteArrayView base, QByteArrayView suffix)
    {
        m_key.assign(base.data(), size_t(base.size()));
        m_key.append(suffix.data(), size_t(suffix.size()));
        const QByteArrayView key(m_key.data(), qsizetype(m_key.size()));
        const quint64 h = hashBytes(key, 0x452821E638D01377ull) | 1;
        if ((m_used.size() + 1) * 2 > m_slots.size())
            grow();
        size_t i = size_t(h) & m_mask;
        while (m_slots[i].hash != 0) {
            const Entry &entry = m_slots[i];
            if (entry.hash == h && entry.size == m_key.size() &&
                std::memcmp(m_arena.data() + entry.offset, m_key.data(), m_key.size()) == 0)
                return false;
            i = (i + 1) & m_mask;
        }
        m_slots[i] = Entry{h, m_arena.size(), m_key.size()};
        m_arena.append(m_key);
        m_used.push_back(i);
        return true;
    }
    bool contains(QByteArrayView name) const
    {
        if (m_slots.empty())
            return false;
        const quint64 h = hashBytes(name, 0x452821E638D01377ull) | 1;
        size_t i = size_t(h) & m_mask;
        while (m_slots[i].hash != 0) {
            const Entry &entry = m_slots[i];
            if (entry.hash == h && entry.size == size_t(name.size()) &&
                std::memcmp(m_arena.data() + entry.offset, name.data(), entry.size) == 0)
                return true;
            i = (i + 1) & m_mask;
        }
        return false;
    }
    void clear()
    {
        for (size_t i : m_used)
            m_slots[i] = Entry{};
        m_used.clear();
        m_arena.clear();
    }

private:
    struct Entry
    {
        quint64 hash = 0;
        size_t offset = 0;
        size_t size = 0;
    };
    void grow()
    {
        const size_t capacity = std::max<size_t>(64, m_slots.size() * 2);
        std::vector<Entry> entries;
        entries.reserve(m_used.size());
        for (size_t i : m_used)
            entries.push_back(m_slots[i]);
        m_slots.assign(capacity, Entry{});
        m_mask = capacity - 1;
        m_used.clear();
        for (const Entry &entry : entries) {
            size_t i = size_t(entry.hash) & m_mask;
            while (m_slots[i].hash != 0)
                i = (i + 1) & m_mask;
            m_slots[i] = entry;
            m_used.push_back(i);
        }
    }
    std::string m_arena;
    std::string m_key;
    std::vector<Entry> m_slots;
    std::vector<size_t> m_used;
    size_t m_mask = 0;
};

// ---- metric types and sample names -------------------------------------------------------

enum Suffix : unsigned char {
    SuffixNone,
    SuffixTotal,
    SuffixCreated,
    SuffixBucket,
    SuffixCount,
    SuffixSum,
    SuffixGCount,
    SuffixGSum,
    SuffixInfo,
    SuffixInvalid,
};

constexpr unsigned bit(Suffix s)
{
    return 1u << s;
}

constexpr const char *suffixText[] = {"",     "_total",  "_created", "_bucket", "_count",
                                      "_sum", "_gcount", "_gsum",    "_info"};

unsigned allowedSuffixes(MetricType type, bool openMetrics)
{
    switch (type) {
    case MetricType::Counter:
        return openMetrics ? bit(SuffixTotal) | bit(SuffixCreated) : bit(SuffixNone);
    case MetricType::Histogram:
        return bit(SuffixBucket) | bit(SuffixCount) | bit(SuffixSum) |
               (openMetrics ? bit(SuffixCreated) : 0);
    case MetricType::GaugeHistogram:
        return bit(SuffixBucket) | bit(SuffixGCount) | bit(SuffixGSum);
    case MetricType::Summary:
        return bit(SuffixNone) | bit(SuffixCount) | bit(SuffixSum) |
               (openMetrics ? bit(SuffixCreated) : 0);
    case MetricType::Info:
        return bit(SuffixInfo);
    case MetricType::Gauge:
    case MetricType::StateSet:
    case MetricType::Unknown:
        break;
    }
    return bit(SuffixNone);
}

Suffix classifySuffix(const char *p, qsizetype n)
{
    auto is = [p](const char *text) { return std::memcmp(p, text, std::strlen(text)) == 0; };
    switch (n) {
    case 0:
        return SuffixNone;
    case 4:
        return is("_sum") ? SuffixSum : SuffixInvalid;
    case 5:
        return is("_info") ? SuffixInfo : is("_gsum") ? SuffixGSum : SuffixInvalid;
    case 6:
        return is("_total") ? SuffixTotal : is("_count") ? SuffixCount : SuffixInvalid;
    case 7:
        return is("_bucket") ? SuffixBucket : is("_gcount") ? SuffixGCount : SuffixInvalid;
    case 8:
        return is("_created") ? SuffixCreated : SuffixInvalid;
    default:
        break;
    }
    return SuffixInvalid;
}

bool parseTypeKeyword(const char *b, const char *e, bool openMetrics, MetricType &type)
{
    struct Keyword
    {
        const char *text;
        MetricType type;
        bool openMetrics;
        bool text004;
    };
    static constexpr Keyword keywords[] = {
        {"counter", MetricType::Counter, true, true},
        {"gauge", MetricType::Gauge, true, true},
        {"histogram", MetricType::Histogram, true, true},
        {"summary", MetricType::Summary, true, true},
        {"untyped", MetricType::Unknown, false, true},
        {"unknown", MetricType::Unknown, true, false},
        {"gaugehistogram", MetricType::GaugeHistogram, true, false},
        {"info", MetricType::Info, true, false},
        {"stateset", MetricType::StateSet, true, false},
    };
    for (const Keyword &k : keywords) {
        if (openMetrics ? !k.openMetrics : !k.text004)
            continue;
        // OpenMetrics keywords are lowercase; Prometheus's text parser ignores case.
        const bool match = openMetrics ? (size_t(e - b) == std::strlen(k.text) &&
                                          std::memcmp(b, k.text, size_t(e - b)) == 0)
                                       : equalsIgnoreCase(b, e, k.text);
        if (match) {
            type = k.type;
            return true;
        }
    }
    return false;
}

// For messages: the text in double quotes, control characters escaped.
QString quoted(QByteArrayView text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : QString::fromUtf8(text)) {
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString describeChar(char c)
{
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7F)
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    if (c == '\t')
        return QStringLiteral("a tab");
    return QStringLiteral("byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
}

QString formatNumber(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

enum class MetadataKind { Help, Type, Unit };

} // namespace

// ---- the parser -------------------------------------------------------------------------

class ExpositionParser::Impl
{
    Q_DECLARE_TR_FUNCTIONS(Wk::ExpositionParser)

public:
    ExpositionFormat format = ExpositionFormat::PrometheusText;
    ExpositionValidation validation = ExpositionValidation::Strict;

    Result<ExpositionStats> parse(QByteArrayView page, ExpositionSink &sink);

private:
    struct Family
    {
        bool active = false;
        bool delivered = false;
        bool hasSamples = false;
        bool hasHelp = false;
        bool hasType = false;
        bool hasUnit = false;
        MetricType type = MetricType::Unknown;
        unsigned allowed = bit(SuffixNone);
        QByteArrayView name;
        QByteArrayView help;
        QByteArrayView unit;
        int line = 0;
        // The group of the previous sample (labels without le / quantile / the state label).
        bool hasGroup = false;
        quint64 group = 0;
        bool groupHasTimestamp = false;
        double groupTimestamp = 0;
    };
    // One histogram or summary point: a group's samples at one timestamp.
    struct Point
    {
        bool active = false;
        int lastLine = 0;
        bool hasBucket = false;
        double lastLe = 0;
        double lastBucketValue = 0;
        bool hasInf = false;
        double infValue = 0;
        bool hasCount = false;
        double count = 0;
        bool hasSum = false;
        bool hasGSum = false;
        bool negativeBucket = false;
        bool negativeGSum = false;
        bool hasQuantile = false;
        double lastQuantile = 0;
    };
    struct Line
    {
        QByteArrayView name;
        const char *nameAt = nullptr;
        const char *valueAt = nullptr;
        const char *timestampAt = nullptr;
        const char *exemplarAt = nullptr;
        double value = 0;
        bool hasTimestamp = false;
        double timestampSeconds = 0;
        qint64 timestampMs = 0;
        bool hasExemplar = false;
    };

    bool fail(const char *at, const QString &message);
    bool failAtLine(int line, const QString &message);

    bool parseOpenMetricsLine(const char *b, const char *e, bool &eof);
    bool parseOpenMetricsMetadata(const char *b, const char *e);
    bool parseTextLine(const char *b, const char *e);
    bool parseTextComment(const char *p, const char *e);
    bool applyMetadata(MetadataKind kind, const char *lineAt, QByteArrayView name,
                       const char *nameAt, const char *restAt, const char *e);
    bool parseSample(const char *p, const char *e);
    bool parseLabels(const char *&p, const char *e, std::vector<ExpositionLabel> &labels,
                     std::vector<const char *> &positions);
    bool scanLabelValue(const char *&p, const char *e, QByteArrayView &value);
    bool parseExemplar(const char *p, const char *e);
    bool decodeHelp(const char *b, const char *e);

    bool startFamily(QByteArrayView name, const char *at);
    bool finishFamily();
    bool registerTypeNames(const char *at);
    void deliverFamily();
    bool matchesFamily(QByteArrayView name, Suffix &suffix) const;

    bool checkSample(const Line &line, Suffix suffix);
    bool checkPointSample(const Line &line, Suffix suffix, const ExpositionLabel *special,
                          const char *specialAt);
    bool finishPoint();
    bool checkExemplar(const Line &line, Suffix suffix);

    bool m_openMetrics = false;
    bool m_strict = true;
    ExpositionSink *m_sink = nullptr; // not owned
    const char *m_lineBegin = nullptr;
    int m_line = 0;
    Error m_error;
    ExpositionStats m_stats;

    std::vector<ExpositionLabel> m_labels;
    std::vector<const char *> m_labelPositions;
    std::vector<ExpositionLabel> m_exemplarLabels;
    std::vector<const char *> m_exemplarPositions;
    std::vector<QByteArrayView> m_sortedNames;
    ExpositionExemplar m_exemplar;
    std::string m_scratch; // unescaped label values of the current line
    size_t m_scratchUsed = 0;
    std::string m_help;

    Family m_family;
    Point m_point;
    NameSet m_names;
    KeySet m_groups;
};

bool ExpositionParser::Impl::fail(const char *at, const QString &message)
{
    int column = 1;
    for (const char *p = m_lineBegin; p < at; ++p)
        column += (static_cast<unsigned char>(*p) & 0xC0) != 0x80;
    m_error = Error{message, QString(), TextPosition{m_line, column}};
    return false;
}

bool ExpositionParser::Impl::failAtLine(int line, const QString &message)
{
    m_error = Error{message, QString(), TextPosition{line, 1}};
    return false;
}

Result<ExpositionStats> ExpositionParser::Impl::parse(QByteArrayView page, ExpositionSink &sink)
{
    m_openMetrics = format == ExpositionFormat::OpenMetrics;
    m_strict = validation == ExpositionValidation::Strict;
    m_sink = &sink;
    m_stats = ExpositionStats{};
    m_family = Family{};
    m_point = Point{};
    m_names.clear();
    m_groups.clear();
    m_error = Error{};
    m_line = 0;

    const char *p = page.data();
    const char *const end = p + page.size();
    bool eof = false;
    while (p < end) {
        ++m_line;
        const void *newline = std::memchr(p, '\n', size_t(end - p));
        const char *lineEnd = newline ? static_cast<const char *>(newline) : end;
        m_lineBegin = p;
        if (m_openMetrics) {
            if (!parseOpenMetricsLine(p, lineEnd, eof))
                return m_error;
            if (eof) {
                if (lineEnd != end && lineEnd + 1 != end) {
                    ++m_line;
                    m_lineBegin = lineEnd + 1;
                    fail(m_lineBegin, tr("text after \"# EOF\""));
                    return m_error;
                }
                break;
            }
        } else if (!parseTextLine(p, lineEnd)) {
            return m_error;
        }
        p = lineEnd == end ? end : lineEnd + 1;
    }
    if (m_openMetrics && !eof) {
        if (page.isEmpty() || page.back() == '\n') {
            ++m_line;
            m_lineBegin = end;
        }
        fail(end, tr("missing \"# EOF\" at the end of an OpenMetrics page"));
        return m_error;
    }
    if (!finishFamily())
        return m_error;
    return m_stats;
}

bool ExpositionParser::Impl::parseOpenMetricsLine(const char *b, const char *e, bool &eof)
{
    if (b == e)
        return fail(b, tr("empty line; OpenMetrics allows none"));
    if (*b == '#') {
        if (e - b == 5 && std::memcmp(b, "# EOF", 5) == 0) {
            if (!finishFamily())
                return false;
            eof = true;
            return true;
        }
        return parseOpenMetricsMetadata(b, e);
    }
    return parseSample(b, e);
}

bool ExpositionParser::Impl::parseOpenMetricsMetadata(const char *b, const char *e)
{
    MetadataKind kind;
    if (e - b >= 6 && b[1] == ' ' && std::memcmp(b + 2, "HELP", 4) == 0)
        kind = MetadataKind::Help;
    else if (e - b >= 6 && b[1] == ' ' && std::memcmp(b + 2, "TYPE", 4) == 0)
        kind = MetadataKind::Type;
    else if (e - b >= 6 && b[1] == ' ' && std::memcmp(b + 2, "UNIT", 4) == 0)
        kind = MetadataKind::Unit;
    else
        return fail(b, tr("expected \"# HELP\", \"# TYPE\", \"# UNIT\" or \"# EOF\"; "
                          "OpenMetrics has no comments"));
    const char *p = b + 6;
    if (p == e || *p != ' ')
        return fail(p, tr("expected a space and a metric name"));
    ++p;
    const char *nameEnd = scanMetricName(p, e);
    if (nameEnd == p)
        return fail(p, p == e ? tr("expected a metric name")
                              : tr("expected a metric name, found %1").arg(describeChar(*p)));
    if (nameEnd == e || *nameEnd != ' ')
        return fail(nameEnd, nameEnd == e ? tr("expected a space after the metric name")
                                          : tr("expected a space after the metric name, found %1")
                                                .arg(describeChar(*nameEnd)));
    return applyMetadata(kind, b, view(p, nameEnd), p, nameEnd + 1, e);
}

bool ExpositionParser::Impl::parseTextLine(const char *b, const char *e)
{
    if (e != b && e[-1] == '\r')
        --e;
    const char *p = skipBlanks(b, e);
    if (p == e)
        return true;
    if (*p == '#')
        return parseTextComment(p, e);
    return parseSample(p, e);
}

bool ExpositionParser::Impl::parseTextComment(const char *p, const char *e)
{
    const char *lineAt = p;
    const char *keyword = skipBlanks(p + 1, e);
    const char *keywordEnd = findBlank(keyword, e);
    MetadataKind kind;
    if (keywordEnd - keyword == 4 && std::memcmp(keyword, "HELP", 4) == 0)
        kind = MetadataKind::Help;
    else if (keywordEnd - keyword == 4 && std::memcmp(keyword, "TYPE", 4) == 0)
        kind = MetadataKind::Type;
    else
        return true; // a comment
    const char *name = skipBlanks(keywordEnd, e);
    if (name == e)
        return true; // "# HELP" alone is a comment to Prometheus too
    const char *nameEnd = scanMetricName(name, e);
    if (nameEnd == name)
        return fail(name, tr("expected a metric name, found %1").arg(describeChar(*name)));
    if (nameEnd != e && !isBlank(*nameEnd))
        return fail(nameEnd, tr("invalid character %1 in metric name").arg(describeChar(*nameEnd)));
    return applyMetadata(kind, lineAt, view(name, nameEnd), name, skipBlanks(nameEnd, e), e);
}

bool ExpositionParser::Impl::decodeHelp(const char *b, const char *e)
{
    if (const char *bad = invalidUtf8(b, e))
        return fail(bad, tr("help text is not valid UTF-8"));
    if (!std::memchr(b, '\\', size_t(e - b))) {
        m_family.help = view(b, e);
        return true;
    }
    m_help.clear();
    for (const char *p = b; p != e; ++p) {
        if (*p != '\\' || p + 1 == e) {
            m_help.push_back(*p);
            continue;
        }
        const char next = p[1];
        if (next == 'n')
            m_help.push_back('\n');
        else if (next == '\\')
            m_help.push_back('\\');
        else if (next == '"' && m_openMetrics)
            m_help.push_back('"');
        else {
            // Unknown escapes stay as written, as Prometheus keeps them.
            m_help.push_back('\\');
            m_help.push_back(next);
        }
        ++p;
    }
    m_family.help = QByteArrayView(m_help.data(), qsizetype(m_help.size()));
    return true;
}

bool ExpositionParser::Impl::applyMetadata(MetadataKind kind, const char *lineAt,
                                           QByteArrayView name, const char *nameAt,
                                           const char *restAt, const char *e)
{
    const char *keyword = kind == MetadataKind::Help   ? "HELP"
                          : kind == MetadataKind::Type ? "TYPE"
                                                       : "UNIT";
    if (m_family.active && equals(name, m_family.name)) {
        if (m_family.hasSamples)
            return fail(lineAt, tr("%1 line for %2 after its samples; metadata comes first")
                                    .arg(QLatin1String(keyword), quoted(name)));
    } else {
        if (!finishFamily() || !startFamily(name, nameAt))
            return false;
    }

    switch (kind) {
    case MetadataKind::Help:
        if (m_family.hasHelp)
            return fail(lineAt, tr("second HELP line for %1").arg(quoted(name)));
        if (!decodeHelp(restAt, e))
            return false;
        m_family.hasHelp = true;
        return true;
    case MetadataKind::Type: {
        if (m_family.hasType)
            return fail(lineAt, tr("second TYPE line for %1").arg(quoted(name)));
        const char *typeEnd = m_openMetrics ? e : findBlank(restAt, e);
        if (typeEnd == restAt)
            return fail(restAt, tr("expected a metric type"));
        if (!m_openMetrics) {
            const char *rest = skipBlanks(typeEnd, e);
            if (rest != e)
                return fail(rest, tr("unexpected text after the metric type"));
        }
        MetricType type;
        if (!parseTypeKeyword(restAt, typeEnd, m_openMetrics, type))
            return fail(restAt, m_openMetrics
                                    ? tr("unknown metric type %1; expected counter, gauge, "
                                         "histogram, gaugehistogram, summary, info, stateset "
                                         "or unknown")
                                          .arg(quoted(view(restAt, typeEnd)))
                                    : tr("unknown metric type %1; expected counter, gauge, "
                                         "histogram, summary or untyped")
                                          .arg(quoted(view(restAt, typeEnd))));
        m_family.type = type;
        m_family.hasType = true;
        m_family.allowed = allowedSuffixes(type, m_openMetrics);
        if (m_strict && m_family.hasUnit && !m_family.unit.isEmpty() &&
            (type == MetricType::Info || type == MetricType::StateSet))
            return fail(restAt,
                        tr("%1 metrics have no unit").arg(QLatin1String(view(restAt, typeEnd))));
        return registerTypeNames(restAt);
    }
    case MetadataKind::Unit: {
        if (m_family.hasUnit)
            return fail(lineAt, tr("second UNIT line for %1").arg(quoted(name)));
        for (const char *p = restAt; p != e; ++p) {
            if (!hasClass(*p, MetricChar))
                return fail(p, tr("invalid character %1 in unit").arg(describeChar(*p)));
        }
        const QByteArrayView unit = view(restAt, e);
        m_family.unit = unit;
        m_family.hasUnit = true;
        if (m_strict && !unit.isEmpty()) {
            if (name.size() <= unit.size() || !name.endsWith(unit) ||
                name[name.size() - unit.size() - 1] != '_')
                return fail(restAt, tr("the metric name %1 must end with \"_%2\", its unit")
                                        .arg(quoted(name), QString::fromLatin1(unit)));
            if (m_family.type == MetricType::Info || m_family.type == MetricType::StateSet)
                return fail(restAt, tr("%1 metrics have no unit")
                                        .arg(QLatin1String(metricTypeKeyword(
                                            m_family.type, ExpositionFormat::OpenMetrics))));
        }
        return true;
    }
    }
    return true;
}

bool ExpositionParser::Impl::startFamily(QByteArrayView name, const char *at)
{
    m_family = Family{};
    m_family.active = true;
    m_family.name = name;
    m_family.line = m_line;
    m_point = Point{};
    if (m_strict) {
        m_groups.clear();
        if (!m_names.insert(name, {}))
            return fail(at, tr("%1 was used by an earlier metric family; a family's lines must "
                               "be together and names must not clash")
                                .arg(quoted(name)));
    }
    return true;
}

bool ExpositionParser::Impl::registerTypeNames(const char *at)
{
    if (!m_strict)
        return true;
    for (unsigned s = SuffixTotal; s < SuffixInvalid; ++s) {
        if (!(m_family.allowed & (1u << s)))
            continue;
        if (!m_names.insert(m_family.name, QByteArrayView(suffixText[s])))
            return fail(at, tr("%1 needs the name %2, which an earlier metric family used")
                                .arg(quoted(m_family.name),
                                     quoted(m_family.name.toByteArray() + suffixText[s])));
    }
    return true;
}

void ExpositionParser::Impl::deliverFamily()
{
    ExpositionFamily family;
    family.name = m_family.name;
    family.type = m_family.type;
    family.help = m_family.help;
    family.unit = m_family.unit;
    family.hasHelp = m_family.hasHelp;
    family.hasType = m_family.hasType;
    family.line = m_family.line;
    m_family.delivered = true;
    m_sink->family(family);
}

bool ExpositionParser::Impl::finishFamily()
{
    if (!m_family.active)
        return true;
    if (m_strict && !finishPoint())
        return false;
    if (!m_family.delivered)
        deliverFamily();
    ++m_stats.families;
    m_family.active = false;
    return true;
}

bool ExpositionParser::Impl::matchesFamily(QByteArrayView name, Suffix &suffix) const
{
    const QByteArrayView family = m_family.name;
    if (name.size() < family.size() ||
        std::memcmp(name.data(), family.data(), size_t(family.size())) != 0)
        return false;
    suffix = classifySuffix(name.data() + family.size(), name.size() - family.size());
    return suffix != SuffixInvalid && (m_family.allowed & bit(suffix));
}

bool ExpositionParser::Impl::scanLabelValue(const char *&p, const char *e, QByteArrayView &value)
{
    const char *start = p;
    // Fast path, eight bytes at a time: plain ASCII up to the closing quote.
    const char *q = findQuoteBackslashOrHigh(start, e);
    if (q != e && *q == '"') {
        value = view(start, q);
        p = q + 1;
        return true;
    }
    const void *quote = std::memchr(start, '"', size_t(e - start));
    if (!quote)
        return fail(start - 1, tr("label value not closed by '\"'"));
    q = static_cast<const char *>(quote);
    if (!std::memchr(start, '\\', size_t(q - start))) {
        if (const char *bad = invalidUtf8(start, q))
            return fail(bad, tr("label value is not valid UTF-8"));
        value = view(start, q);
        p = q + 1;
        return true;
    }
    // Escapes: unescape into the line's scratch buffer, sized to the line beforehand.
    char *out = m_scratch.data() + m_scratchUsed;
    char *const outBegin = out;
    const char *r = start;
    while (r != e && *r != '"') {
        if (*r != '\\') {
            *out++ = *r++;
            continue;
        }
        if (r + 1 == e)
            break;
        const char next = r[1];
        if (next == 'n') {
            *out++ = '\n';
        } else if (next == '\\' || next == '"') {
            *out++ = next;
        } else {
            // Unknown escapes stay as written, as Prometheus keeps them.
            *out++ = '\\';
            *out++ = next;
        }
        r += 2;
    }
    if (r == e || *r != '"')
        return fail(start - 1, tr("label value not closed by '\"'"));
    if (const char *bad = invalidUtf8(start, r))
        return fail(bad, tr("label value is not valid UTF-8"));
    value = QByteArrayView(outBegin, out - outBegin);
    m_scratchUsed += size_t(out - outBegin);
    p = r + 1;
    return true;
}

bool ExpositionParser::Impl::parseLabels(const char *&p, const char *e,
                                         std::vector<ExpositionLabel> &labels,
                                         std::vector<const char *> &positions)
{
    const char *open = p;
    ++p; // '{'
    if (!m_openMetrics)
        p = skipBlanks(p, e);
    if (p != e && *p == '}') {
        ++p;
        return true;
    }
    for (;;) {
        const char *nameAt = p;
        p = scanLabelName(p, e);
        if (p == nameAt) {
            if (p == e)
                return fail(open, tr("label set not closed by '}'"));
            return fail(p, tr("expected a label name, found %1").arg(describeChar(*p)));
        }
        const QByteArrayView name = view(nameAt, p);
        if (!m_openMetrics)
            p = skipBlanks(p, e);
        if (p == e || *p != '=')
            return fail(p, tr("expected '=' after the label name %1").arg(quoted(name)));
        ++p;
        if (!m_openMetrics)
            p = skipBlanks(p, e);
        if (p == e || *p != '"')
            return fail(p, tr("expected '\"' to open the value of label %1").arg(quoted(name)));
        ++p;
        QByteArrayView value;
        if (!scanLabelValue(p, e, value))
            return false;
        labels.push_back(ExpositionLabel{name, value});
        positions.push_back(nameAt);
        if (!m_openMetrics)
            p = skipBlanks(p, e);
        if (p == e)
            return fail(open, tr("label set not closed by '}'"));
        if (*p == ',') {
            ++p;
            if (!m_openMetrics) {
                p = skipBlanks(p, e);
                if (p != e && *p == '}') { // Prometheus text allows a trailing comma
                    ++p;
                    break;
                }
            }
            continue;
        }
        if (*p == '}') {
            ++p;
            break;
        }
        return fail(p,
                    tr("expected ',' or '}' after a label value, found %1").arg(describeChar(*p)));
    }

    // Duplicate names: pairwise for the usual few labels, sorted for many.
    const size_t n = labels.size();
    if (n <= 16) {
        for (size_t i = 1; i < n; ++i) {
            for (size_t j = 0; j < i; ++j) {
                if (equals(labels[i].name, labels[j].name))
                    return fail(positions[i], tr("duplicate label %1").arg(quoted(labels[i].name)));
            }
        }
    } else {
        m_sortedNames.clear();
        for (const ExpositionLabel &label : labels)
            m_sortedNames.push_back(label.name);
        std::sort(m_sortedNames.begin(), m_sortedNames.end(),
                  [](QByteArrayView a, QByteArrayView b) { return a.compare(b) < 0; });
        for (size_t i = 1; i < n; ++i) {
            if (equals(m_sortedNames[i], m_sortedNames[i - 1])) {
                for (size_t k = 0; k < n; ++k) {
                    if (equals(labels[k].name, m_sortedNames[i])) {
                        size_t second = k + 1;
                        while (!equals(labels[second].name, m_sortedNames[i]))
                            ++second;
                        return fail(positions[second],
                                    tr("duplicate label %1").arg(quoted(m_sortedNames[i])));
                    }
                }
            }
        }
    }
    return true;
}

bool ExpositionParser::Impl::parseExemplar(const char *p, const char *e)
{
    const char *at = p;
    if (e - p < 3 || p[0] != '#' || p[1] != ' ' || p[2] != '{')
        return fail(at, tr("expected an exemplar: \"# {labels} value [timestamp]\""));
    p += 2;
    m_exemplarLabels.clear();
    m_exemplarPositions.clear();
    if (!parseLabels(p, e, m_exemplarLabels, m_exemplarPositions))
        return false;
    if (p == e || *p != ' ')
        return fail(p, tr("expected a space and the exemplar's value"));
    ++p;
    const char *valueEnd = findSpace(p, e);
    if (valueEnd == p)
        return fail(p, tr("expected the exemplar's value"));
    double value;
    if (!parseNumber(p, valueEnd, NumberSyntax::OpenMetrics, value))
        return fail(p, tr("invalid exemplar value %1").arg(quoted(view(p, valueEnd))));
    m_exemplar = ExpositionExemplar{};
    m_exemplar.value = value;
    p = valueEnd;
    if (p != e) {
        ++p;
        if (p == e)
            return fail(p - 1, tr("trailing space after the exemplar's value"));
        const char *timestampEnd = findSpace(p, e);
        double seconds;
        if (!parseNumber(p, timestampEnd, NumberSyntax::OpenMetricsReal, seconds))
            return fail(p, tr("invalid exemplar timestamp %1").arg(quoted(view(p, timestampEnd))));
        if (timestampEnd != e)
            return fail(timestampEnd, tr("unexpected text after the exemplar's timestamp"));
        m_exemplar.hasTimestamp = true;
        m_exemplar.timestampSeconds = seconds;
    }
    m_exemplar.labels = std::span<const ExpositionLabel>(m_exemplarLabels);
    return true;
}

bool ExpositionParser::Impl::parseSample(const char *p, const char *e)
{
    Line line;
    const size_t lineSize = size_t(e - m_lineBegin);
    if (m_scratch.size() < lineSize)
        m_scratch.resize(lineSize);
    m_scratchUsed = 0;
    m_labels.clear();
    m_labelPositions.clear();

    line.nameAt = p;
    const char *nameEnd = scanMetricName(p, e);
    if (nameEnd == p)
        return fail(p, tr("expected a metric name, found %1").arg(describeChar(*p)));
    line.name = view(p, nameEnd);
    p = nameEnd;
    const char *afterName = p;
    if (!m_openMetrics)
        p = skipBlanks(p, e);
    const bool hasLabels = p != e && *p == '{';
    if (hasLabels && !parseLabels(p, e, m_labels, m_labelPositions))
        return false;

    // The value.
    if (m_openMetrics) {
        if (p == e)
            return fail(p, tr("expected a space and a value"));
        if (*p != ' ')
            return fail(
                p, hasLabels
                       ? tr("expected a space after the labels, found %1").arg(describeChar(*p))
                       : tr("invalid character %1 in metric name").arg(describeChar(*p)));
        ++p;
    } else {
        if (!hasLabels && p == afterName && p != e)
            return fail(p, tr("invalid character %1 in metric name").arg(describeChar(*p)));
        p = skipBlanks(p, e);
    }
    const char *valueEnd = m_openMetrics ? findSpace(p, e) : findBlank(p, e);
    if (valueEnd == p)
        return fail(p, tr("expected a value"));
    line.valueAt = p;
    if (!parseNumber(p, valueEnd, m_openMetrics ? NumberSyntax::OpenMetrics : NumberSyntax::Go,
                     line.value))
        return fail(p, tr("invalid value %1").arg(quoted(view(p, valueEnd))));
    p = valueEnd;

    // Timestamp and exemplar.
    if (m_openMetrics) {
        if (p != e) {
            ++p;
            if (p == e)
                return fail(p - 1, tr("trailing space after the value"));
            if (*p != '#') {
                const char *timestampEnd = findSpace(p, e);
                if (timestampEnd == p)
                    return fail(p, tr("expected a timestamp"));
                line.timestampAt = p;
                if (!parseNumber(p, timestampEnd, NumberSyntax::OpenMetricsReal,
                                 line.timestampSeconds))
                    return fail(p, tr("invalid timestamp %1").arg(quoted(view(p, timestampEnd))));
                line.hasTimestamp = true;
                line.timestampMs = secondsToMillis(line.timestampSeconds);
                p = timestampEnd;
                if (p != e) {
                    ++p;
                    if (p == e)
                        return fail(p - 1, tr("trailing space after the timestamp"));
                    if (*p != '#')
                        return fail(p, tr("expected \"# {\" to start an exemplar, found %1")
                                           .arg(describeChar(*p)));
                }
            }
            if (p != e) {
                line.exemplarAt = p;
                if (!parseExemplar(p, e))
                    return false;
                line.hasExemplar = true;
            }
        }
    } else {
        p = skipBlanks(p, e);
        if (p != e) {
            const char *timestampEnd = findBlank(p, e);
            line.timestampAt = p;
            if (!parseMillis(p, timestampEnd, line.timestampMs))
                return fail(p, tr("invalid timestamp %1; expected integer milliseconds")
                                   .arg(quoted(view(p, timestampEnd))));
            line.hasTimestamp = true;
            line.timestampSeconds = double(line.timestampMs) / 1000.0;
            p = skipBlanks(timestampEnd, e);
            if (p != e)
                return fail(p, tr("unexpected text after the timestamp"));
        }
    }

    // Which family the sample belongs to: the current one, or a new one of unknown type.
    Suffix suffix = SuffixNone;
    if (!m_family.active || !matchesFamily(line.name, suffix)) {
        if (m_strict && m_family.active && m_family.hasType &&
            line.name.startsWith(m_family.name) && m_names.contains(line.name))
            return fail(line.nameAt,
                        tr("%1 is not a sample name of the %2 family %3")
                            .arg(quoted(line.name),
                                 QLatin1String(metricTypeKeyword(m_family.type, format)),
                                 quoted(m_family.name)));
        if (!finishFamily() || !startFamily(line.name, line.nameAt))
            return false;
        suffix = SuffixNone;
    }
    if (m_strict && !checkSample(line, suffix))
        return false;
    if (!m_family.delivered)
        deliverFamily();
    m_family.hasSamples = true;

    ExpositionSample sample;
    sample.name = line.name;
    sample.labels = std::span<const ExpositionLabel>(m_labels);
    sample.value = line.value;
    sample.hasTimestamp = line.hasTimestamp;
    sample.timestampMs = line.timestampMs;
    sample.exemplar = line.hasExemplar ? &m_exemplar : nullptr;
    sample.line = m_line;
    ++m_stats.samples;
    m_stats.exemplars += line.hasExemplar;
    m_sink->sample(sample);
    return true;
}

bool ExpositionParser::Impl::checkExemplar(const Line &line, Suffix suffix)
{
    const MetricType type = m_family.type;
    const bool allowed = ((type == MetricType::Histogram || type == MetricType::GaugeHistogram) &&
                          suffix == SuffixBucket) ||
                         (type == MetricType::Counter && suffix == SuffixTotal);
    if (!allowed)
        return fail(line.exemplarAt, tr("exemplars are allowed only on histogram buckets and "
                                        "counter totals"));
    qsizetype length = 0;
    for (const ExpositionLabel &label : m_exemplarLabels)
        length += codePoints(label.name) + codePoints(label.value);
    if (length > 128)
        return fail(line.exemplarAt, tr("exemplar labels have %1 characters; at most 128 are "
                                        "allowed")
                                         .arg(length));
    return true;
}

bool ExpositionParser::Impl::checkSample(const Line &line, Suffix suffix)
{
    const MetricType type = m_family.type;
    const bool histogram = type == MetricType::Histogram || type == MetricType::GaugeHistogram;

    // The label that tells samples of one group apart, required where the type needs it.
    QByteArrayView specialName;
    if (histogram && suffix == SuffixBucket)
        specialName = "le";
    else if (type == MetricType::Summary && suffix == SuffixNone)
        specialName = "quantile";
    else if (type == MetricType::StateSet)
        specialName = m_family.name;
    const ExpositionLabel *special = nullptr;
    const char *specialAt = nullptr;
    quint64 group = 0;
    for (size_t i = 0; i < m_labels.size(); ++i) {
        const ExpositionLabel &label = m_labels[i];
        if (!specialName.isEmpty() && !special && equals(label.name, specialName)) {
            special = &label;
            specialAt = m_labelPositions[i];
            continue;
        }
        group += labelHash(label.name, label.value);
    }
    if (!specialName.isEmpty() && !special) {
        if (type == MetricType::StateSet)
            return fail(line.nameAt,
                        tr("a stateset sample needs the label %1").arg(quoted(specialName)));
        if (histogram)
            return fail(line.nameAt, tr("a histogram bucket needs the label \"le\""));
        return fail(line.nameAt, tr("a summary quantile needs the label \"quantile\""));
    }
    if (m_openMetrics && type == MetricType::Info)
        group = 0; // info samples cannot be told apart by group

    // Groups are contiguous; in Prometheus text a plain series appears once.
    const bool pointType = histogram || type == MetricType::Summary;
    if (!m_family.hasGroup || group != m_family.group) {
        if (!finishPoint())
            return false;
        if (!m_groups.insert(group)) {
            if (!m_openMetrics && !pointType)
                return fail(line.nameAt, tr("duplicate series %1").arg(quoted(line.name)));
            return fail(
                line.nameAt,
                tr("samples of one group of %1 are not together").arg(quoted(m_family.name)));
        }
        m_family.hasGroup = true;
        m_family.group = group;
        m_family.groupHasTimestamp = line.hasTimestamp;
        m_family.groupTimestamp = line.timestampSeconds;
    } else if (m_openMetrics) {
        if (line.hasTimestamp != m_family.groupHasTimestamp)
            return fail(line.hasTimestamp ? line.timestampAt : line.valueAt,
                        tr("samples of one group must all have timestamps or none"));
        if (line.hasTimestamp) {
            if (line.timestampSeconds < m_family.groupTimestamp && type != MetricType::Info)
                return fail(line.timestampAt, tr("timestamp goes backwards within a group"));
            if (line.timestampSeconds != m_family.groupTimestamp && !finishPoint())
                return false;
            m_family.groupTimestamp = line.timestampSeconds;
        }
    } else if (!pointType) {
        return fail(line.nameAt, tr("duplicate series %1").arg(quoted(line.name)));
    }

    if (pointType && !checkPointSample(line, suffix, special, specialAt))
        return false;

    // What the values may be (OpenMetrics).
    if (m_openMetrics) {
        const double v = line.value;
        switch (suffix) {
        case SuffixTotal:
        case SuffixSum:
        case SuffixCount:
        case SuffixBucket:
        case SuffixGCount:
        case SuffixGSum:
            if (std::isnan(v))
                return fail(line.valueAt, tr("%1 must not be NaN").arg(quoted(line.name)));
            if (v < 0 && suffix != SuffixGSum)
                return fail(line.valueAt, tr("%1 must not be negative").arg(quoted(line.name)));
            if ((suffix == SuffixBucket || suffix == SuffixCount || suffix == SuffixGCount) &&
                (!std::isfinite(v) || v != std::floor(v)))
                return fail(line.valueAt, tr("%1 must be an integer").arg(quoted(line.name)));
            break;
        default:
            break;
        }
        if (type == MetricType::StateSet && v != 0 && v != 1)
            return fail(line.valueAt, tr("a stateset sample is 0 or 1"));
        if (type == MetricType::Info && v != 1)
            return fail(line.valueAt, tr("an info sample is 1"));
        if (type == MetricType::Summary && suffix == SuffixNone && v < 0)
            return fail(line.valueAt, tr("a quantile's value must not be negative"));
        if (line.hasExemplar && !checkExemplar(line, suffix))
            return false;
    }
    return true;
}

bool ExpositionParser::Impl::checkPointSample(const Line &line, Suffix suffix,
                                              const ExpositionLabel *special, const char *specialAt)
{
    Point &point = m_point;
    if (!point.active) {
        point = Point{};
        point.active = true;
    }
    point.lastLine = m_line;
    const double v = line.value;
    const NumberSyntax syntax = m_openMetrics ? NumberSyntax::OpenMetrics : NumberSyntax::Go;
    const bool histogram = m_family.type != MetricType::Summary;

    if (histogram && suffix == SuffixBucket) {
        double le;
        const QByteArrayView text = special->value;
        if (!parseNumber(text.begin(), text.end(), syntax, le) || std::isnan(le))
            return fail(specialAt, tr("invalid le %1").arg(quoted(text)));
        if (m_openMetrics && std::isinf(le) && !equals(text, "+Inf") && !equals(text, "-Inf"))
            return fail(specialAt, tr("le %1 must be written \"+Inf\"").arg(quoted(text)));
        if (point.hasBucket && le <= point.lastLe)
            return fail(specialAt, tr("bucket le=%1 comes after le=%2; buckets go in "
                                      "ascending order")
                                       .arg(quoted(text), formatNumber(point.lastLe)));
        if (m_openMetrics && point.hasBucket && v < point.lastBucketValue)
            return fail(line.valueAt,
                        tr("bucket counts are cumulative; %1 is less than the "
                           "previous bucket's %2")
                            .arg(formatNumber(v), formatNumber(point.lastBucketValue)));
        point.negativeBucket |= le < 0;
        point.hasBucket = true;
        point.lastLe = le;
        point.lastBucketValue = v;
        if (std::isinf(le) && le > 0) {
            point.hasInf = true;
            point.infValue = v;
            if (point.hasCount && point.count != v)
                return fail(line.valueAt, tr("the +Inf bucket (%1) differs from the count (%2)")
                                              .arg(formatNumber(v), formatNumber(point.count)));
        }
        return true;
    }
    if (!histogram && suffix == SuffixNone) {
        double q;
        const QByteArrayView text = special->value;
        if (!parseNumber(text.begin(), text.end(), syntax, q) || std::isnan(q) || q < 0 || q > 1)
            return fail(specialAt,
                        tr("invalid quantile %1; expected a number from 0 to 1").arg(quoted(text)));
        if (!m_openMetrics) {
            if (point.hasQuantile && q <= point.lastQuantile)
                return fail(specialAt, tr("quantile %1 comes after %2; quantiles go in "
                                          "ascending order")
                                           .arg(quoted(text), formatNumber(point.lastQuantile)));
        }
        point.hasQuantile = true;
        point.lastQuantile = q;
        return true;
    }
    switch (suffix) {
    case SuffixCount:
    case SuffixGCount:
        if (point.hasCount && !m_openMetrics)
            return fail(line.nameAt, tr("duplicate series %1").arg(quoted(line.name)));
        point.hasCount = true;
        point.count = v;
        if (histogram && point.hasInf && point.infValue != v)
            return fail(line.valueAt, tr("the count (%1) differs from the +Inf bucket (%2)")
                                          .arg(formatNumber(v), formatNumber(point.infValue)));
        break;
    case SuffixSum:
        if (point.hasSum && !m_openMetrics)
            return fail(line.nameAt, tr("duplicate series %1").arg(quoted(line.name)));
        point.hasSum = true;
        break;
    case SuffixGSum:
        point.hasGSum = true;
        point.negativeGSum |= v < 0;
        break;
    default:
        break;
    }
    return true;
}

bool ExpositionParser::Impl::finishPoint()
{
    Point &point = m_point;
    if (!point.active)
        return true;
    point.active = false;
    const MetricType type = m_family.type;
    if (type != MetricType::Histogram && type != MetricType::GaugeHistogram)
        return true;
    // Built only on the error path: this runs once per histogram point.
    auto name = [this] { return quoted(m_family.name); };
    if (!point.hasInf)
        return failAtLine(point.lastLine,
                          tr("histogram %1 has no bucket with le=\"+Inf\"").arg(name()));
    if (!m_openMetrics)
        return true;
    if (point.hasSum && !point.hasCount)
        return failAtLine(point.lastLine, tr("histogram %1 has a _sum but no _count").arg(name()));
    if (point.hasGSum && !point.hasCount)
        return failAtLine(point.lastLine,
                          tr("gauge histogram %1 has a _gsum but no _gcount").arg(name()));
    if (point.hasCount && !point.hasSum && !point.hasGSum)
        return failAtLine(point.lastLine,
                          type == MetricType::Histogram
                              ? tr("histogram %1 has a _count but no _sum").arg(name())
                              : tr("gauge histogram %1 has a _gcount but no _gsum").arg(name()));
    if (point.negativeBucket && point.hasSum)
        return failAtLine(point.lastLine, tr("histogram %1 has negative buckets, so it must not "
                                             "have a _sum")
                                              .arg(name()));
    if (!point.negativeBucket && point.negativeGSum)
        return failAtLine(point.lastLine, tr("gauge histogram %1 has a negative _gsum but no "
                                             "negative buckets")
                                              .arg(name()));
    return true;
}

// ---- public ------------------------------------------------------------------------------

ExpositionParser::ExpositionParser(ExpositionFormat format, ExpositionValidation validation)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->format = format;
    m_impl->validation = validation;
}

ExpositionParser::~ExpositionParser() = default;
ExpositionParser::ExpositionParser(ExpositionParser &&) noexcept = default;
ExpositionParser &ExpositionParser::operator=(ExpositionParser &&) noexcept = default;

ExpositionFormat ExpositionParser::format() const
{
    return m_impl->format;
}

void ExpositionParser::setFormat(ExpositionFormat format)
{
    m_impl->format = format;
}

ExpositionValidation ExpositionParser::validation() const
{
    return m_impl->validation;
}

void ExpositionParser::setValidation(ExpositionValidation validation)
{
    m_impl->validation = validation;
}

Result<ExpositionStats> ExpositionParser::parse(QByteArrayView page, ExpositionSink &sink)
{
    return m_impl->parse(page, sink);
}

} // namespace Wk
