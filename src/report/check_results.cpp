#include "regsim/report/check_results.hpp"

#include "regsim/report/text.hpp"

namespace regsim::report {
namespace {

std::string location(const SourceLocation& where) {
  std::string text = where.file;
  if (where.line > 0) text += ':' + std::to_string(where.line);
  return text;
}

std::string count_text(std::size_t total, std::size_t failed) {
  return std::to_string(total) + (total == 1 ? " assertion: " : " assertions: ") +
         std::to_string(total - failed) + " passed, " + std::to_string(failed) + " failed";
}

std::size_t failures(const CheckedFile& file) {
  std::size_t failed = 0;
  for (const auto& result : file.results)
    failed += result.passed ? 0 : 1;
  return failed;
}

}  // namespace

std::string failure_line(const analysis::AssertionResult& result) {
  return escape_controls(location(result.where) + ": FAILED: " + result.description +
                         ": expected " + result.expected + ", actual " + result.actual);
}

std::string pass_line(const analysis::AssertionResult& result) {
  return escape_controls(location(result.where) + ": passed: " + result.description + ": actual " +
                         result.actual);
}

std::string render_check_text(const std::vector<CheckedFile>& files, bool verbose) {
  std::string text;
  std::size_t total = 0, failed = 0;
  for (const auto& file : files) {
    for (const auto& result : file.results) {
      if (!result.passed) {
        text += failure_line(result) + '\n';
      } else if (verbose) {
        text += pass_line(result) + '\n';
      }
    }
    total += file.results.size();
    failed += failures(file);
  }
  for (const auto& file : files) {
    text += file.file + ": " + count_text(file.results.size(), failures(file)) + '\n';
  }
  if (files.size() > 1) text += "total: " + count_text(total, failed) + '\n';
  return text;
}

std::string xml_escape(const std::string& text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&apos;";
        break;
      default:
        // XML 1.0 allows no control characters but tab, newline and carriage return.
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          escaped += "\xEF\xBF\xBD";
        } else {
          escaped += static_cast<char>(c);
        }
    }
  }
  return escaped;
}

std::string render_junit(const std::vector<CheckedFile>& files) {
  std::size_t total = 0, failed = 0;
  for (const auto& file : files) {
    total += file.results.size();
    failed += failures(file);
  }
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  xml += "<testsuites name=\"regsim check\" tests=\"" + std::to_string(total) + "\" failures=\"" +
         std::to_string(failed) + "\" errors=\"0\">\n";
  for (const auto& file : files) {
    const std::string name = xml_escape(file.file);
    xml += "  <testsuite name=\"" + name + "\" tests=\"" + std::to_string(file.results.size()) +
           "\" failures=\"" + std::to_string(failures(file)) + "\" errors=\"0\" skipped=\"0\">\n";
    for (const auto& result : file.results) {
      xml += "    <testcase name=\"" + xml_escape(result.description) + "\" classname=\"" + name +
             "\" file=\"" + xml_escape(result.where.file) + "\" line=\"" +
             std::to_string(result.where.line) + "\"";
      if (result.passed) {
        xml += "/>\n";
        continue;
      }
      xml += ">\n      <failure type=\"expectation\" message=\"" +
             xml_escape("expected " + result.expected + ", actual " + result.actual) + "\">" +
             xml_escape(failure_line(result)) + "</failure>\n    </testcase>\n";
    }
    xml += "  </testsuite>\n";
  }
  xml += "</testsuites>\n";
  return xml;
}

std::string render_junit_errors(const std::vector<Diagnostic>& diagnostics) {
  const std::string count = std::to_string(diagnostics.size());
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  xml += "<testsuites name=\"regsim check\" tests=\"" + count + "\" failures=\"0\" errors=\"" +
         count + "\">\n";
  xml += "  <testsuite name=\"regsim check\" tests=\"" + count + "\" failures=\"0\" errors=\"" +
         count + "\" skipped=\"0\">\n";
  for (const auto& diagnostic : diagnostics) {
    const auto& where = diagnostic.where;
    std::string name = where.file.empty() ? "regsim check" : where.file;
    if (where.line > 0) name += ":" + std::to_string(where.line);
    if (!diagnostic.id.empty()) name += ": " + diagnostic.id;
    const std::string rendered = to_string(diagnostic);
    xml += "    <testcase name=\"" + xml_escape(name) + "\" classname=\"" +
           xml_escape(where.file.empty() ? "regsim check" : where.file) + "\"";
    if (!where.file.empty()) xml += " file=\"" + xml_escape(where.file) + "\"";
    if (where.line > 0) xml += " line=\"" + std::to_string(where.line) + "\"";
    xml += ">\n      <error type=\"" + xml_escape(diagnostic.id.empty() ? "error" : diagnostic.id) +
           "\" message=\"" + xml_escape(rendered) + "\">" + xml_escape(rendered) +
           "</error>\n    </testcase>\n";
  }
  xml += "  </testsuite>\n</testsuites>\n";
  return xml;
}

}  // namespace regsim::report
