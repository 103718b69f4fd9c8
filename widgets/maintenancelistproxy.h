#pragma once

#include <QIdentityProxyModel>

namespace Wk {

// MaintenanceModel as the maintenance page shows it: whether a window is in force, next or over
// as a glyph and words (● in force until…, ○ next: …, ✔ no occurrence left), and ▲ on the
// schedule of a window that departs from the guide (length outside 2-4 h, critical included).
class MaintenanceListProxy final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit MaintenanceListProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace Wk
