#include "expositionpage.h"

#include "expositionparser.h"

#include <QSet>

#include <string_view>
#include <unordered_map>

namespace Wk {

namespace {

class PageBuilder final : public ExpositionSink
{
public:
    PageBuilder(ExpositionPage &page, QByteArrayView text)
        : m_page(page)
        , m_text(text)
    {}

    void family(const ExpositionFamily &family) override
    {
        ExpositionPageFamily f;
        f.name = string(family.name);
        f.type = family.type;
        f.help = QString::fromUtf8(family.help);
        f.unit = QString::fromUtf8(family.unit);
        f.firstSample = int(m_page.samples.size());
        m_page.families.append(f);
    }

    void sample(const ExpositionSample &sample) override
    {
        QList<Label> labels;
        labels.reserve(qsizetype(sample.labels.size()) + 1);
        labels.append(Label{m_nameLabel, string(sample.name)});
        for (const ExpositionLabel &label : sample.labels)
            labels.append(Label{string(label.name), string(label.value)});
        m_page.samples.append(qMakePair(Labels::fromList(std::move(labels)), sample.value));
        m_page.timestamps.append(sample.hasTimestamp ? std::optional<qint64>(sample.timestampMs)
                                                     : std::nullopt);
        m_page.exemplars += sample.exemplar != nullptr;
        ++m_page.families.last().sampleCount;
    }

private:
    // Names and values repeat across a page's samples (le="0.5", a family's sample names):
    // one shared QString each saves the allocations and the series store's memory.
    QString string(QByteArrayView text)
    {
        const bool inPage = text.data() >= m_text.data() &&
                            text.data() + text.size() <= m_text.data() + m_text.size();
        if (!inPage)
            return QString::fromUtf8(text); // unescaped into the parser's scratch buffer
        const std::string_view key(text.data(), size_t(text.size()));
        auto it = m_strings.find(key);
        if (it == m_strings.end())
            it = m_strings.emplace(key, QString::fromUtf8(text)).first;
        return it->second;
    }

    ExpositionPage &m_page;
    QByteArrayView m_text;
    std::unordered_map<std::string_view, QString> m_strings; // keys are views into m_text
    const QString m_nameLabel = QStringLiteral("__name__");
};

} // namespace

int ExpositionPage::seriesCount() const
{
    QSet<Labels> series;
    series.reserve(samples.size());
    for (const auto &sample : samples)
        series.insert(sample.first);
    return int(series.size());
}

Result<ExpositionPage> parseExpositionPage(QByteArrayView page, ExpositionParser &parser)
{
    ExpositionPage result;
    result.format = parser.format();
    PageBuilder builder(result, page);
    const Result<ExpositionStats> stats = parser.parse(page, builder);
    if (!stats)
        return stats.error();
    return result;
}

Result<ExpositionPage> parseExpositionPage(QByteArrayView page, ExpositionFormat format,
                                           ExpositionValidation validation)
{
    ExpositionParser parser(format, validation);
    return parseExpositionPage(page, parser);
}

} // namespace Wk
