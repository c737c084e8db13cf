#include "PlanProject.h"

#include "TestProject.h"
#include "project/Project.h"

#include <gtest/gtest.h>

QString writePlanProject(const QString& path)
{
    ProjectError error;
    EXPECT_TRUE(Project::create(path, &error)) << error.message.toStdString();
    tamper(path,
           QStringLiteral(
               "INSERT INTO geo_unit (id, parent_id, level, name) VALUES (1, NULL, 'country', 'Latvia'),"
               " (2, 1, 'region', 'Rīga'), (3, 2, 'area', 'Centrs'), (4, 1, 'region', 'Kurzeme'),"
               " (5, NULL, 'country', 'Norway'), (6, 5, 'region', 'Oslo');"
               "INSERT INTO location (id, code, name, channel, geo_unit_id) VALUES"
               " (1, 'LV-001', 'Rīga Centrs', 'visit', 3), (2, 'LV-002', 'Rīga Purvciems', 'visit', 2),"
               " (3, 'LV-003', 'Kurzeme contact centre', 'call', 4),"
               " (4, 'NO-001', 'Oslo Sentrum', 'visit', 6), (5, 'XX-WEB', 'Web enquiries', 'web', NULL);"
               "INSERT INTO scenario (id, code, channel, fee) VALUES (1, 'MORTGAGE', 'visit', 35.5),"
               " (2, 'COMPLAINT', 'call', 12);"
               "INSERT INTO scenario_text (scenario_id, language, title) VALUES"
               " (1, 'en', 'First-home mortgage'), (2, 'en', 'Card complaint');"
               "INSERT INTO wave (id, code, name, starts_on, ends_on) VALUES"
               " (1, 'W2027-01', 'January 2027', '2027-01-01', '2027-01-31'),"
               " (2, 'W2027-02', 'February 2027', '2027-02-01', '2027-02-28');"
               "INSERT INTO shopper (id, code) VALUES (1, 'S-1');"
               "INSERT INTO visit (wave_id, location_id, scenario_id, slot, status) VALUES"
               " (1, 1, 1, 1, 'planned'), (1, 1, 1, 2, 'planned'), (1, 1, 1, 4, 'cancelled'),"
               " (1, 2, 1, 1, 'planned'), (1, 2, 1, 2, 'planned'),"
               " (1, 3, 2, 1, 'planned'), (1, 3, 2, 2, 'planned'),"
               " (1, 3, 2, 3, 'planned'), (1, 3, 2, 4, 'planned'),"
               " (1, 4, 1, 1, 'planned'), (1, 5, 2, 1, 'planned'), (1, 5, 2, 2, 'planned'),"
               " (2, 1, 1, 1, 'planned'), (2, 1, 1, 2, 'planned'), (2, 1, 1, 3, 'planned'),"
               " (2, 1, 1, 4, 'planned'), (2, 1, 1, 5, 'planned');"
               "INSERT INTO visit (wave_id, location_id, scenario_id, slot, status, shopper_id, assigned_by)"
               " VALUES (1, 1, 1, 3, 'approved', 1, 'manual');"));
    return path;
}
