#include "AreaTableListing.h"

#include <QDir>

bool AreaTableListing::load(AreaTableModel* model, const QSqlDatabase& db, const QString& search, const QVariantHash& filters,
                            QString* failure)
{
    const auto connection = QObject::connect(model, &AreaTableModel::failed,
                                             [failure](const QString& message) { *failure = message; });
    // Search and filters first, the file last: the matching rows' keys are read once (their
    // columns as they are asked for).
    model->setSearchText(search);
    model->setFilters(filters);
    model->setDatabase(db);
    QObject::disconnect(connection);
    return failure->isEmpty();
}

QJsonArray AreaTableListing::json(const AreaTableModel& model, const QStringList& listKeys)
{
    const QStringList keys = model.spec().keys;
    QJsonArray rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QJsonObject object;
        for (int c = 0; c < int(keys.size()); ++c) {
            const QVariant value = model.index(row, c).data(Qt::EditRole);
            if (model.spec().labels.value(c, DomainLabels::None) == DomainLabels::Check)
                object.insert(keys[c], value.toInt() != 0);
            else if (value.isNull())
                object.insert(keys[c], QJsonValue::Null);
            else if (listKeys.contains(keys[c]))
                object.insert(keys[c], QJsonArray::fromStringList(value.toString().split(QStringLiteral(", "))));
            else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
                object.insert(keys[c], value.toLongLong());
            else if (value.typeId() == QMetaType::Double)
                object.insert(keys[c], value.toDouble());
            else
                object.insert(keys[c], value.toString());
        }
        rows.append(object);
    }
    return rows;
}

QJsonObject AreaTableListing::answer(const AreaTableModel& model, const QString& file, const QString& name, const QJsonArray& rows)
{
    return {{QStringLiteral("file"), QDir::toNativeSeparators(file)},
            {QStringLiteral("total"), model.totalRowCount()},
            {QStringLiteral("matching"), qint64(model.rowCount())},
            {name, rows}};
}
