#pragma once

#include "silencestore.h"

namespace Wk {

class AlertRepository;

// Silences kept in Watchkeeper's database, with Alertmanager's semantics. Each change and its
// audit line are committed in one transaction before the callback runs (which is before save()
// or expire() return). Expired silences are dropped after Alertmanager's retention of 5 days.
class LocalSilenceStore final : public SilenceStore
{
    Q_OBJECT
public:
    static constexpr qint64 RetentionMs = 120 * 3'600'000ll;

    // repository may be null: silences then live in memory only. Neither is owned.
    LocalSilenceStore(Clock *clock, AlertRepository *repository, QObject *parent = nullptr);

    QList<Silence> silences() const override { return m_silences; }
    QString name() const override;
    void expire(const QString &id, const QString &actor, const QString &reason,
                DoneCallback done) override;
    void refresh() override;

protected:
    void saveValidated(const Silence &silence, IdCallback done) override;

private:
    std::optional<Error> write(const QList<Silence> &changed, const QString &actor,
                               const QString &action, const QString &target, const QString &details,
                               const QString &reason);
    int indexOf(const QString &id) const;

    AlertRepository *m_repository; // not owned
    QList<Silence> m_silences;
};

} // namespace Wk
