#pragma once
// Every test file registers its Qt Test object with the one test executable, which runs the file
// named by its first argument: `streamboard_tests tst_clipboard [Qt Test options]`. The test files
// compile together in unity batches, so each keeps its code in a namespace named after the file.
#include <QtTest/QTest>

namespace sb::test {

using TestMain = int (*)(int argc, char** argv);

// Registers the main function of the test file `sourceFile` under its name ("tst_clipboard").
bool registerTestMain(const char* sourceFile, TestMain main);

template <typename TestObject, typename Application>
int runTestObject(int argc, char** argv, const char* sourceFile) {
    QTest::Internal::callInitMain<TestObject>();
    Application app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestObject test;
    QTest::setMainSourcePath(sourceFile, QT_TESTCASE_BUILDDIR);
    return QTest::qExec(&test, argc, argv);
}

} // namespace sb::test

// The file's own main function, for tests that do more than run their test object.
#define STREAMBOARD_TEST_MAIN_FUNCTION(function)                                                   \
    namespace {                                                                                    \
    [[maybe_unused]] const bool testMainRegistered =                                               \
        ::sb::test::registerTestMain(__FILE__, function);                                          \
    }

#define STREAMBOARD_TEST_WITH(TestObject, Application)                                             \
    namespace {                                                                                    \
    int runTestFile(int argc, char** argv) {                                                       \
        return ::sb::test::runTestObject<TestObject, Application>(argc, argv, __FILE__);           \
    }                                                                                              \
    }                                                                                              \
    STREAMBOARD_TEST_MAIN_FUNCTION(runTestFile)

// In place of QTEST_MAIN (widgets) and QTEST_GUILESS_MAIN.
#define STREAMBOARD_TEST_MAIN(TestObject) STREAMBOARD_TEST_WITH(TestObject, QApplication)
#define STREAMBOARD_GUILESS_TEST_MAIN(TestObject)                                                  \
    STREAMBOARD_TEST_WITH(TestObject, QCoreApplication)
