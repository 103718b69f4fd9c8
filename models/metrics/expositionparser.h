#pragma once

#include "expositionformat.h"
#include "expositionsink.h"
#include "models/core/result.h"

#include <QByteArrayView>

#include <memory>

namespace Wk {

// What one parse saw.
struct ExpositionStats
{
    int families = 0;
    int samples = 0;
    int exemplars = 0;
};

// One-pass parser for Prometheus text 0.0.4 and OpenMetrics 1.0 text pages.
// Hands names and labels to the sink as views into the page (or into a scratch buffer when a
// value had to be unescaped), so a parse allocates nothing per sample; keep one parser per
// scrape loop and its buffers are reused from page to page.
// The first error stops the parse: "line L, column C: what is wrong", both 1-based, the column
// counted in characters.
class ExpositionParser final
{
public:
    explicit ExpositionParser(ExpositionFormat format = ExpositionFormat::PrometheusText,
                              ExpositionValidation validation = ExpositionValidation::Strict);
    ~ExpositionParser();
    ExpositionParser(ExpositionParser &&) noexcept;
    ExpositionParser &operator=(ExpositionParser &&) noexcept;

    ExpositionFormat format() const;
    void setFormat(ExpositionFormat format);
    ExpositionValidation validation() const;
    void setValidation(ExpositionValidation validation);

    Result<ExpositionStats> parse(QByteArrayView page, ExpositionSink &sink);

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace Wk
