import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What durable commits cost: the same write loop against two embedded PostgreSQL servers started
 * side by side in one run, the library's test settings (-F, synchronous_commit=off) and the local
 * default (fsync, synchronous_commit, full_page_writes on; docs/decisions/0066). Each writer
 * commits one small transaction at a time, like a ticket transition: an update of the ticket row
 * and an insert into its history. Run by bench/durability-cost.sh.
 */
public class DurabilityCost {

  public static void main(String[] args) throws Exception {
    int writers = Integer.parseInt(args[0]);
    int seconds = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Path work = Files.createTempDirectory("bihuan-durability");
    EmbeddedPostgres fast =
        EmbeddedPostgres.builder().setDataDirectory(work.resolve("fast")).start();
    EmbeddedPostgres durable =
        EmbeddedPostgres.builder()
            .setDataDirectory(work.resolve("durable"))
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .start();
    try {
      String fastUrl = fast.getJdbcUrl("postgres", "postgres");
      String durableUrl = durable.getJdbcUrl("postgres", "postgres");
      System.out.printf(
          "%d writers, %d s per measurement, %d rounds alternating; data in %s%n",
          writers, seconds, rounds, work);
      System.out.printf("not durable: %s%n", settings(fastUrl));
      System.out.printf("durable:     %s%n", settings(durableUrl));
      prepare(fastUrl, writers);
      prepare(durableUrl, writers);
      List<double[]> f = new ArrayList<>();
      List<double[]> d = new ArrayList<>();
      for (int r = 0; r < rounds; r++) { // alternate, so that both see the same machine load
        f.add(measure(fastUrl, writers, seconds));
        d.add(measure(durableUrl, writers, seconds));
      }
      System.out.println();
      System.out.println("setting       commits/s   p50 ms   p99 ms   (median of rounds)");
      print("not durable", f);
      print("durable", d);
      double ratio = median(f, 0) / median(d, 0);
      System.out.printf("durable commits cost: %.1fx fewer commits/s%n", ratio);
    } finally {
      fast.close();
      durable.close();
    }
  }

  static String settings(String url) throws Exception {
    StringBuilder s = new StringBuilder();
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      for (String name : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        try (ResultSet rs = st.executeQuery("show " + name)) {
          rs.next();
          s.append(name).append('=').append(rs.getString(1)).append(' ');
        }
      }
    }
    return s.toString().trim();
  }

  static void prepare(String url, int writers) throws Exception {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(
          "create table ticket (id int primary key, status text not null, version int not null)");
      s.execute(
          "create table history (id bigserial primary key, ticket int not null, action text not"
              + " null, actor text not null, at timestamptz not null default now())");
      s.execute("insert into ticket select g, 'ASSIGNED', 0 from generate_series(1, 1000) g");
    }
  }

  /** {commits/s, p50 ms, p99 ms} */
  static double[] measure(String url, int writers, int seconds) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(writers);
    List<long[]> latencies = new ArrayList<>();
    long[] counts = new long[writers];
    for (int w = 0; w < writers; w++) {
      int me = w;
      long[] lat = new long[2_000_000];
      latencies.add(lat);
      new Thread(
              () -> {
                try (Connection c = DriverManager.getConnection(url)) {
                  c.setAutoCommit(false);
                  PreparedStatement up =
                      c.prepareStatement(
                          "update ticket set status = ?, version = version + 1 where id = ?");
                  PreparedStatement hist =
                      c.prepareStatement(
                          "insert into history (ticket, action, actor) values (?, ?, '整改责任人')");
                  int n = 0;
                  while (!stop.get() && n < lat.length) {
                    long t0 = System.nanoTime();
                    int ticket = 1 + (me * 250 + n) % 1000;
                    up.setString(1, n % 2 == 0 ? "IN_PROGRESS" : "SUBMITTED");
                    up.setInt(2, ticket);
                    up.executeUpdate();
                    hist.setInt(1, ticket);
                    hist.setString(2, n % 2 == 0 ? "START" : "SUBMIT");
                    hist.executeUpdate();
                    c.commit();
                    lat[n++] = System.nanoTime() - t0;
                  }
                  counts[me] = n;
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    done.await();
    long total = Arrays.stream(counts).sum();
    long[] all = new long[(int) total];
    int i = 0;
    for (int w = 0; w < writers; w++) {
      System.arraycopy(latencies.get(w), 0, all, i, (int) counts[w]);
      i += (int) counts[w];
    }
    Arrays.sort(all);
    return new double[] {
      total / (double) seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6
    };
  }

  static double median(List<double[]> rows, int col) {
    double[] v = rows.stream().mapToDouble(r -> r[col]).sorted().toArray();
    return v[v.length / 2];
  }

  static void print(String name, List<double[]> rows) {
    System.out.printf(
        "%-12s %10.0f %8.2f %8.2f%n", name, median(rows, 0), median(rows, 1), median(rows, 2));
  }
}
