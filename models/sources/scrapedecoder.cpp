#include "scrapedecoder.h"

#include "models/metrics/expositionparser.h"
#include "models/metrics/expositionsink.h"

namespace Wk {

namespace {

// Builds label sets for the store: the page's labels plus the target's job and instance.
// A page's own job/instance become exported_job/exported_instance, as Prometheus does without
// honor_labels.
class StoreSink final : public ExpositionSink
{
public:
    StoreSink(const TargetConfig &target, QList<QPair<Labels, double>> &out)
        : m_out(out)
    {
        m_base.append({QStringLiteral("job"), target.name});
        m_base.append({QStringLiteral("instance"), target.instance()});
        for (auto it = target.labels.begin(); it != target.labels.end(); ++it)
            m_base.append({it.key(), it.value()});
    }

    void family(const ExpositionFamily &) override {}

    void sample(const ExpositionSample &s) override
    {
        QList<Label> list;
        list.reserve(s.labels.size() + m_base.size() + 1);
        list.append({QStringLiteral("__name__"), QString::fromUtf8(s.name)});
        for (const ExpositionLabel &l : s.labels) {
            QString name = QString::fromUtf8(l.name);
            if (name == u"job" || name == u"instance")
                name.prepend(QStringLiteral("exported_"));
            list.append({name, QString::fromUtf8(l.value)});
        }
        // Later entries win in Labels::fromList: the target's labels override the page's.
        list.append(m_base);
        m_out.append({Labels::fromList(std::move(list)), s.value});
    }

private:
    QList<QPair<Labels, double>> &m_out;
    QList<Label> m_base;
};

} // namespace

QByteArray ScrapeDecoder::acceptHeader()
{
    return QByteArray(ScrapeAcceptHeader);
}

Result<QList<QPair<Labels, double>>> ScrapeDecoder::decode(const QByteArray &body,
                                                           const QString &contentType,
                                                           const TargetConfig &target,
                                                           qint64 scrapeTimeMs)
{
    Q_UNUSED(scrapeTimeMs)
    ExpositionParser parser(expositionFormatForContentType(contentType.toUtf8()));
    // What Prometheus itself enforces when it scrapes; `metrics check` is the strict one.
    parser.setValidation(ExpositionValidation::Lenient);
    QList<QPair<Labels, double>> out;
    StoreSink sink(target, out);
    auto stats = parser.parse(body, sink);
    if (!stats)
        return stats.error();
    return out;
}

} // namespace Wk
