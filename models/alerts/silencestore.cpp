#include "silencestore.h"

#include "models/core/clock.h"

namespace Wk {

SilenceStore::SilenceStore(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

std::optional<Silence> SilenceStore::silence(const QString &id) const
{
    const QList<Silence> all = silences();
    for (const Silence &s : all) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

void SilenceStore::save(const Silence &silence, IdCallback done)
{
    if (auto err = silence.validate(m_clock->nowMs())) {
        if (done)
            done(*err);
        return;
    }
    saveValidated(silence, std::move(done));
}

} // namespace Wk
