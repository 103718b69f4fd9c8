#pragma once

#include <QSortFilterProxyModel>

namespace Wk {

// SilencesModel as the silences page shows it: the state with its glyph and word (○ pending,
// ● active, ✔ expired; ▲ when it expires within 5 minutes), "matches no alert now" marked, and
// optionally only the active silences.
class SilenceListProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SilenceListProxy(QObject *parent = nullptr);

    void setActiveOnly(bool activeOnly);
    bool isActiveOnly() const { return m_activeOnly; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString stateGlyph(const QString &stateName, bool expiresSoon);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_activeOnly = false;
};

} // namespace Wk
