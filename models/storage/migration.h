#pragma once

#include <QString>
#include <QStringList>

namespace Wk {

// One numbered schema change of one module (history, alerts, incidents, ...). Each module
// numbers its own migrations 1, 2, 3, ... so modules never collide. The statements run in
// order, in one transaction with the row that records them; when postgresStatements is not
// empty it replaces statements on PostgreSQL (types such as BLOB/BYTEA or identity columns).
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
    QStringList postgresStatements;
};

} // namespace Wk
