package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.Test;

/**
 * Boot time (issue 10, item 4): every library the EAR carries, in {@code lib/} and in the web
 * module's {@code WEB-INF/lib}, comes with its Jandex index (ear/pom.xml adds them), so WildFly
 * reads an index instead of indexing thousands of classes at every boot, and the index lists
 * exactly the jar's own classes (an index from another jar or version would hide or invent
 * annotated classes). No server needed: this reads the EAR that {@code mvn package} built.
 */
class LibraryIndexesIT {
  private static final String INDEX = "META-INF/jandex.idx";

  @Test
  void everyLibraryCarriesAnIndexOfItsOwnClasses() throws IOException {
    Map<String, byte[]> libraries = libraries();
    assertFalse(libraries.isEmpty(), "no libraries found in the EAR");
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, byte[]> library : libraries.entrySet()) {
      Map<String, byte[]> entries = entries(new ByteArrayInputStream(library.getValue()));
      byte[] index = entries.get(INDEX);
      if (index == null) {
        wrong.add(library.getKey() + ": no " + INDEX);
        continue;
      }
      TreeSet<String> indexed = new TreeSet<>();
      Index read = new IndexReader(new ByteArrayInputStream(index)).read();
      read.getKnownClasses().forEach(c -> indexed.add(c.name().toString()));
      TreeSet<String> classes = classNames(entries);
      if (!indexed.equals(classes)) {
        TreeSet<String> missing = new TreeSet<>(classes);
        missing.removeAll(indexed);
        TreeSet<String> foreign = new TreeSet<>(indexed);
        foreign.removeAll(classes);
        wrong.add(library.getKey() + ": not indexed " + missing + ", not in the jar " + foreign);
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** lib/*.jar of the EAR and WEB-INF/lib/*.jar of its web module, by path. */
  private static Map<String, byte[]> libraries() throws IOException {
    File ear = new File(System.getProperty("servicedesk.ear", "target/servicedesk.ear"));
    Map<String, byte[]> libraries = new TreeMap<>();
    try (ZipFile zip = new ZipFile(ear)) {
      for (ZipEntry entry : zip.stream().toList()) {
        if (entry.getName().startsWith("lib/") && entry.getName().endsWith(".jar")) {
          try (InputStream in = zip.getInputStream(entry)) {
            libraries.put(entry.getName(), in.readAllBytes());
          }
        }
      }
      ZipEntry web = zip.getEntry(Deployments.WEB_MODULE);
      assertNotNull(web, Deployments.WEB_MODULE);
      try (InputStream in = zip.getInputStream(web)) {
        entries(in).entrySet().stream()
            .filter(e -> e.getKey().startsWith("WEB-INF/lib/") && e.getKey().endsWith(".jar"))
            .forEach(e -> libraries.put(Deployments.WEB_MODULE + "/" + e.getKey(), e.getValue()));
      }
    }
    return libraries;
  }

  private static Map<String, byte[]> entries(InputStream archive) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(archive)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), zip.readAllBytes());
        }
      }
    }
    return entries;
  }

  /** The classes a jar defines (a multi-release jar's versions count once; no module-info). */
  private static TreeSet<String> classNames(Map<String, byte[]> entries) {
    TreeSet<String> names = new TreeSet<>();
    for (String path : entries.keySet()) {
      if (!path.endsWith(".class") || path.endsWith("module-info.class")) {
        continue;
      }
      String name = path.replaceFirst("^META-INF/versions/\\d+/", "");
      names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
    }
    return names;
  }
}
