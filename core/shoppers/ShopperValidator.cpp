#include "ShopperValidator.h"

#include "ShopperStore.h"
#include "io/ImportRow.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

QString ShopperValidator::Problem::text() const
{
    return ShopperFields::label(field) + QStringLiteral(": ") + message;
}

QStringList ShopperValidator::texts(const QList<Problem>& problems)
{
    QStringList texts;
    for (const Problem& problem : problems)
        texts << problem.text();
    return texts;
}

int ShopperValidator::latestBirthYear()
{
    return QDate::currentDate().year() - kMinAge;
}

bool ShopperValidator::isLanguageCode(const QString& text)
{
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    return languageCode.match(text).hasMatch();
}

bool ShopperValidator::isPhoneNumber(const QString& text)
{
    // Digits with the usual punctuation: "+371 2612 3456", "(22) 123-45-67"; at least six digits.
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()./-]+$"));
    return phone.match(text).hasMatch()
           && std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }) >= 6;
}

QList<ShopperValidator::Problem> ShopperValidator::check(const Shopper& shopper, int latestBirthYear)
{
    using F = ShopperFields;
    QList<Problem> problems;
    auto add = [&problems](F::Field field, const QString& message) { problems.append({field, message}); };

    if (shopper.code.isEmpty())
        add(F::Code, tr("must not be empty"));
    else if (shopper.code.size() > kMaxCodeLength)
        add(F::Code, tr("“%1…” is longer than %2 characters").arg(shopper.code.left(20)).arg(kMaxCodeLength));

    const std::pair<F::Field, const QString*> texts[] = {
        {F::Name, &shopper.personal.fullName}, {F::Email, &shopper.personal.email},
        {F::Phone, &shopper.personal.phone},   {F::Address, &shopper.personal.address},
        {F::Postcode, &shopper.personal.postcode}, {F::City, &shopper.homeCity},
    };
    for (const auto& [field, text] : texts)
        if (text->size() > kMaxTextLength)
            add(field, tr("is %1 characters long; at most %2 are kept").arg(text->size()).arg(kMaxTextLength));
    if (!shopper.personal.email.isEmpty() && !ImportRow::isEmail(shopper.personal.email))
        add(F::Email, tr("“%1” is not an e-mail address").arg(shopper.personal.email.left(60)));
    if (!shopper.personal.phone.isEmpty() && !isPhoneNumber(shopper.personal.phone))
        add(F::Phone, tr("“%1” is not a phone number (digits, spaces and + ( ) - . / only)").arg(shopper.personal.phone.left(40)));

    if (shopper.birthYear && (*shopper.birthYear < kMinBirthYear || *shopper.birthYear > latestBirthYear))
        add(F::BirthYear, tr("must be from %1 to %2 (shoppers are %3 or older), not %4")
                              .arg(kMinBirthYear)
                              .arg(latestBirthYear)
                              .arg(kMinAge)
                              .arg(*shopper.birthYear));
    if (!shopper.gender.isEmpty() && !Shopper::genders().contains(shopper.gender))
        add(F::Gender, tr("must be female, male, other or not given, not “%1”").arg(shopper.gender));
    for (const QString& language : shopper.languages)
        if (!isLanguageCode(language))
            add(F::Languages, tr("“%1” is not a language code such as lv or en").arg(language.left(20)));
    for (const QString& tag : shopper.tags) {
        if (tag.contains(QLatin1Char(',')) || tag.contains(QLatin1Char(';')))
            add(F::Tags, tr("“%1” holds a comma or semicolon; give each tag on its own").arg(tag.left(40)));
        else if (tag.size() > 60)
            add(F::Tags, tr("“%1…” is longer than 60 characters").arg(tag.left(20)));
    }

    if (shopper.latitude.has_value() != shopper.longitude.has_value()) {
        add(shopper.latitude ? F::Longitude : F::Latitude, tr("a home needs both latitude and longitude, or neither"));
    } else if (shopper.latitude) {
        if (!std::isfinite(*shopper.latitude) || std::abs(*shopper.latitude) > 90)
            add(F::Latitude, tr("must be from -90 to 90, not %1").arg(*shopper.latitude));
        if (!std::isfinite(*shopper.longitude) || std::abs(*shopper.longitude) > 180)
            add(F::Longitude, tr("must be from -180 to 180, not %1").arg(*shopper.longitude));
    }

    for (const auto& [field, value] : {std::pair{F::CapacityPerWave, shopper.capacityPerWave},
                                       std::pair{F::CapacityPerDay, shopper.capacityPerDay}})
        if (value < 0 || value > kMaxCapacity)
            add(field, tr("must be a whole number from 0 to %1, not %2").arg(kMaxCapacity).arg(value));
    if (!Shopper::statuses().contains(shopper.status))
        add(F::Status, tr("must be active, paused or blocked, not “%1”").arg(shopper.status.left(40)));
    if (shopper.rating && (!std::isfinite(*shopper.rating) || *shopper.rating < 0 || *shopper.rating > kMaxRating))
        add(F::Rating, tr("must be from 0 to 5, not %1").arg(*shopper.rating));

    QDate previousStart;
    for (const Shopper::Period& period : shopper.unavailable) {
        if (!period.from.isValid() || !period.to.isValid())
            add(F::Unavailable, tr("a period needs a first and a last day"));
        else if (period.to < period.from)
            add(F::Unavailable, tr("%1 to %2 ends before it starts")
                                    .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
        else if (period.from == previousStart)
            add(F::Unavailable, tr("two periods start on %1").arg(period.from.toString(Qt::ISODate)));
        previousStart = period.from;
    }
    for (const Shopper::Conflict& conflict : shopper.conflicts) {
        if (conflict.locationCode.isEmpty() == conflict.brand.isEmpty())
            add(conflict.brand.isEmpty() ? F::ConflictLocations : F::ConflictBrands,
                tr("a conflict of interest is with one location or one brand"));
    }
    return problems;
}

QList<ShopperValidator::Problem> ShopperValidator::check(const QSqlDatabase& db, const Shopper& shopper,
                                                         const QString& originalCode)
{
    using F = ShopperFields;
    QList<Problem> problems;
    std::optional<qint64> originalId;
    if (!originalCode.isEmpty()) {
        originalId = ShopperStore::idOf(db, originalCode);
        if (!originalId)
            return {{F::Code, tr("there is no shopper %1 to change").arg(originalCode)}};
    }
    if (!shopper.code.isEmpty()) {
        if (const auto holder = ShopperStore::idOf(db, shopper.code); holder && holder != originalId)
            problems.append({F::Code, tr("%1 is the code of another shopper").arg(shopper.code)});
    }
    problems += check(shopper);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM location WHERE code = ?"));
    for (const Shopper::Conflict& conflict : shopper.conflicts) {
        if (conflict.locationCode.isEmpty())
            continue;
        query.addBindValue(conflict.locationCode);
        if (query.exec() && query.next() && query.value(0).toInt() == 0)
            problems.append({F::ConflictLocations, tr("there is no location %1 in the programme").arg(conflict.locationCode)});
    }
    return problems;
}
