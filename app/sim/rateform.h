#pragma once

#include <vector>

namespace Wk {

// One term of a rate: weight times the rate of a channel.
struct RateTerm
{
    int channel = 0;
    double weight = 0;
};

// A rate as a linear form over channels plus a constant, so its integral over any span is the
// same form over the channels' closed-form integrals. Faults change the forms, never the
// channels.
struct RateForm
{
    std::vector<RateTerm> terms;
    double perSecond = 0;

    void addChannel(int channel, double weight = 1);
    void add(const RateForm &other, double weight = 1);
    void scale(double factor);
    void compact(); // merges terms of the same channel and drops zero weights
    bool isZero() const { return terms.empty() && perSecond == 0; }
};

} // namespace Wk
