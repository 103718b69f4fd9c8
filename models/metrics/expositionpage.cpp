#include "expositionpage.h"

#include "expositionparser.h"

#include <QSet>

namespace Wk {

namespace {

class PageBuilder final : public ExpositionSink
{
public:
    explicit PageBuilder(ExpositionPage &page)
        : m_page(page)
    {}

    void family(const ExpositionFamily &family) override
    {
        ExpositionPageFamily f;
        f.name = QString::fromUtf8(family.name);
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
        labels.append(Label{QStringLiteral("__name__"), QString::fromUtf8(sample.name)});
        for (const ExpositionLabel &label : sample.labels)
            labels.append(Label{QString::fromUtf8(label.name), QString::fromUtf8(label.value)});
        m_page.samples.append(qMakePair(Labels::fromList(std::move(labels)), sample.value));
        m_page.timestamps.append(sample.hasTimestamp ? std::optional<qint64>(sample.timestampMs)
                                                     : std::nullopt);
        m_page.exemplars += sample.exemplar != nullptr;
        ++m_page.families.last().sampleCount;
    }

private:
    ExpositionPage &m_page;
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
    PageBuilder builder(result);
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
