#include "rateform.h"

#include <algorithm>
#include <cmath>

namespace Wk {

void RateForm::addChannel(int channel, double weight)
{
    if (channel >= 0 && weight != 0)
        terms.push_back({channel, weight});
}

void RateForm::add(const RateForm &other, double weight)
{
    if (weight == 0)
        return;
    for (const RateTerm &t : other.terms)
        terms.push_back({t.channel, t.weight * weight});
    perSecond += other.perSecond * weight;
}

void RateForm::scale(double factor)
{
    for (RateTerm &t : terms)
        t.weight *= factor;
    perSecond *= factor;
}

void RateForm::compact()
{
    std::sort(terms.begin(), terms.end(),
              [](const RateTerm &a, const RateTerm &b) { return a.channel < b.channel; });
    std::vector<RateTerm> out;
    out.reserve(terms.size());
    for (const RateTerm &t : terms) {
        if (!out.empty() && out.back().channel == t.channel)
            out.back().weight += t.weight;
        else
            out.push_back(t);
    }
    std::erase_if(out, [](const RateTerm &t) { return std::abs(t.weight) < 1e-15; });
    terms = std::move(out);
}

} // namespace Wk
