#pragma once

#include "Shopper.h"
#include "ShopperFields.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// Checks a shopper before it is written, field by field, so that a form says "E-mail: “anna@”
// is not an e-mail address" and an import names the same problem at its line and column.
class ShopperValidator
{
    Q_DECLARE_TR_FUNCTIONS(ShopperValidator)

public:
    struct Problem
    {
        ShopperFields::Field field;
        QString message; // without the field: "“anna@” is not an e-mail address"
        QString text() const; // with it: "E-mail: “anna@” is not an e-mail address"
    };

    // The shopper's own values (expected tidied: Shopper::tidy).
    static QList<Problem> check(const Shopper& shopper) { return check(shopper, latestBirthYear()); }
    // The same with this year's latest birth year given, for a loop over many shoppers (reading
    // the clock costs more than all the checks).
    static QList<Problem> check(const Shopper& shopper, int latestBirthYear);
    // Those, and what needs the file: the code of another shopper, a conflict with a location the
    // programme does not have. originalCode: the shopper's code before this edit; empty when new.
    static QList<Problem> check(const QSqlDatabase& db, const Shopper& shopper, const QString& originalCode);
    static QStringList texts(const QList<Problem>& problems);

    static constexpr int kMaxCodeLength = 40;
    static constexpr int kMaxTextLength = 200;
    static constexpr int kMinBirthYear = 1900;
    static constexpr int kMinAge = 16;
    static constexpr int kMaxCapacity = 999;
    static constexpr double kMaxRating = 5;
    // The latest birth year a shopper may have this year (kMinAge years ago).
    static int latestBirthYear();
    static bool isLanguageCode(const QString& text);
    static bool isPhoneNumber(const QString& text);
};
