#pragma once

#include "questionnaire/Condition.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The demo programme's hand-written material (resources/demo/*.json): the bilingual
// questionnaire with the answer patterns to simulate, real places, scenarios and name pools.
struct DemoContent
{
    using Texts = QMap<QString, QString>; // language -> text

    struct Option
    {
        QString code;
        std::optional<double> points;
        double probability = 0; // "p": share (single) or chance (multiple)
        Texts label;
    };

    struct Question
    {
        QString code;
        QString type;
        bool allowNa = false;
        bool scored = false;
        bool mandatory = true;
        bool bonus = false;
        double weight = 1;
        QString critical = QStringLiteral("none");
        QStringList channels;
        double pYes = 0.8;
        double mean = 0;
        double sd = 1;
        std::optional<double> minimum;
        std::optional<double> maximum;
        QString unit;
        Texts text;
        Texts help;
        Texts lowLabel;
        Texts highLabel;
        std::optional<Condition> showIf;
        std::optional<Condition> commentIf;
        QString showIfJson;
        QString commentIfJson;
        std::vector<Option> options;
    };

    struct Section
    {
        QString code;
        double weight = 0;
        Texts title;
        std::vector<Question> questions;
    };

    struct City
    {
        QString name;
        double latitude = 0;
        double longitude = 0;
        double population = 0;
        QStringList areas;
        int countryIndex = 0;
        int regionIndex = 0; // within the country
    };

    struct Country
    {
        QString name;
        QString code;
        QString language;
        QStringList regions;
    };

    struct RemoteUnit
    {
        QString code;
        QString name;
        QString city;
        QString language;
        int staffCount = 0;
    };

    struct Scenario
    {
        QString code;
        QString channel;
        double fee = 0;
        int expectedMinutes = 20;
        std::optional<int> minAge;
        std::optional<int> maxAge;
        QString gender;
        QList<QPair<QString, QString>> requirements; // kind, value
        Texts title;
        Texts script;
    };

    struct NamePool
    {
        QStringList female;
        QStringList male;
        QStringList surnamesFemale;
        QStringList surnamesMale;
        QStringList streets;
    };

    QString questionnaireCode;
    QString questionnaireName;
    QString questionnaireChannel;
    QString sectionScoring;
    std::vector<Section> sections;

    std::vector<Country> countries;
    std::vector<City> cities;
    QStringList competitors;
    std::vector<RemoteUnit> contactCentres;
    std::vector<RemoteUnit> webForms;
    std::vector<Scenario> scenarios;
    QHash<QString, NamePool> names; // by country code
    QStringList tags;

    // Reads the resources; the error names the file and the item that is wrong.
    static std::optional<DemoContent> load(QString* error);
};
