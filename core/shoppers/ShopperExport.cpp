#include "ShopperExport.h"

#include "ShopperFields.h"
#include "ShopperImport.h"
#include "ShopperStore.h"

#include <QLocale>

namespace {
QString number(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}
} // namespace

QList<QStringList> ShopperExport::rows(const QSqlDatabase& db, bool includePersonal, QString* error)
{
    using F = ShopperFields;
    QList<ShopperStore::Stored> panel;
    if (!ShopperStore::loadAll(db, &panel, error))
        return {};
    QStringList header;
    for (int field = 0; field < F::FieldCount; ++field)
        if (includePersonal || !F::isPersonal(field))
            header << F::key(F::Field(field));
    QList<QStringList> rows{header};
    rows.reserve(panel.size() + 1);
    for (const ShopperStore::Stored& stored : std::as_const(panel)) {
        const Shopper& shopper = stored.shopper;
        QStringList locations;
        QStringList brands;
        for (const Shopper::Conflict& conflict : shopper.conflicts)
            (conflict.locationCode.isEmpty() ? brands : locations) << (conflict.locationCode.isEmpty() ? conflict.brand
                                                                                                        : conflict.locationCode);
        QStringList row{shopper.code};
        if (includePersonal)
            row << shopper.personal.fullName << shopper.personal.email << shopper.personal.phone << shopper.personal.address
                << shopper.personal.postcode;
        row << (shopper.birthYear ? QString::number(*shopper.birthYear) : QString()) << shopper.gender
            << ShopperImport::formatList(shopper.languages) << ShopperImport::formatList(shopper.tags) << shopper.homeCity
            << number(shopper.latitude) << number(shopper.longitude) << QString::number(shopper.capacityPerWave)
            << QString::number(shopper.capacityPerDay) << shopper.status << number(shopper.rating)
            << shopper.joinedOn.toString(Qt::ISODate) << ShopperImport::formatPeriods(shopper.unavailable)
            << ShopperImport::formatList(locations) << ShopperImport::formatList(brands);
        rows << row;
    }
    return rows;
}
