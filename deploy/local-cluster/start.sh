#!/usr/bin/env bash
# Starts a local cluster on 127.0.0.1 from the build's own jars (no Spark download): an HDFS
# (MiniDFSCluster), a Spark standalone Master and Workers, each a separate JVM, with pid files and
# logs under the state directory. Ports are ephemeral unless given, so several clusters (and other
# people's tests) run side by side. Build first: ./mvnw -q -B package -DskipTests
#
#   deploy/local-cluster/start.sh [options]
#
# Options:
#   --state DIR           state directory (default: target/local-cluster in the checkout)
#   --workers N           Spark Workers (default 2)
#   --worker-cores N      cores each Worker offers (default 1)
#   --worker-memory SIZE  executor memory each Worker offers, e.g. 2g (default 2g)
#   --master-port PORT    the Master's port (default 0: ephemeral)
#   --hdfs-port PORT      the NameNode's port (default 0: ephemeral)
#   --daemon-memory SIZE  heap of the Master and each Worker (default 256m)
#
# Then: `source STATE/env` sets SPARK_HOME, SPARK_DENOISE_MASTER and SPARK_DENOISE_HDFS, and
# "$SPARK_HOME/bin/spark-submit" submits to the cluster (see README.md). status.sh shows it,
# stop.sh stops it.
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

state="$lc_root/target/local-cluster" workers=2 cores=1 memory=2g master_port=0 hdfs_port=0
daemon_memory=256m
while [[ $# -gt 0 ]]; do
  case "$1" in
    --state) state="${2:?--state needs a value}"; shift 2 ;;
    --workers) workers="${2:?--workers needs a value}"; shift 2 ;;
    --worker-cores) cores="${2:?--worker-cores needs a value}"; shift 2 ;;
    --worker-memory) memory="${2:?--worker-memory needs a value}"; shift 2 ;;
    --master-port) master_port="${2:?--master-port needs a value}"; shift 2 ;;
    --hdfs-port) hdfs_port="${2:?--hdfs-port needs a value}"; shift 2 ;;
    --daemon-memory) daemon_memory="${2:?--daemon-memory needs a value}"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) lc_die "unknown option $1 (see --help)" ;;
  esac
done
[[ "$workers" =~ ^[1-9][0-9]*$ ]] || lc_die "--workers must be a positive number, got $workers"
for built in "$lc_spark_jars" "$lc_hdfs_jars" "$lc_classes" "$lc_jar"; do
  [[ -e "$built" ]] || lc_die "not built yet ($built missing): run ./mvnw -q -B package -DskipTests in $lc_root"
done
state="$(lc_state "$state")"
for name in hdfs master; do
  if pid="$(lc_pid "$state" "$name")"; then
    lc_die "a cluster is already running in $state ($name pid $pid): stop.sh --state $state first"
  fi
done

# SPARK_HOME: the build's Spark jars, our spark-class/spark-submit, logging and defaults.
home="$state/spark-home"
rm -rf "$home" "$state/master.url" "$state/hdfs.uri" "$state/env"
mkdir -p "$home/bin" "$home/conf" "$state/pids" "$state/logs"
ln -s "$lc_spark_jars" "$home/jars"
cp "$lc_here/bin/spark-class" "$lc_here/bin/spark-submit" "$home/bin/"
cp "$lc_here/log4j2.properties" "$home/conf/"
export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1
# Every daemon's command line names the state directory: stop.sh and status.sh check it.
export SPARK_DAEMON_MEMORY="$daemon_memory"
export SPARK_DAEMON_JAVA_OPTS="-Dspark-denoise.local-cluster=$state"

# HDFS first: the Spark defaults name it.
"$lc_java" -Xmx512m "-Dspark-denoise.local-cluster=$state" \
  -Dlog4j2.configurationFile="$home/conf/log4j2.properties" \
  -cp "$lc_classes:$lc_hdfs_jars/*:$lc_spark_jars/*" io.sparkdenoise.cluster.HdfsServer \
  "$state/hdfs" "$state/hdfs.uri" "$hdfs_port" > "$state/logs/hdfs.log" 2>&1 &
echo $! > "$state/pids/hdfs.pid"
hdfs_pid=$!
for ((i = 0; i < 1200; i++)); do
  [[ -f "$state/hdfs.uri" ]] && break
  kill -0 "$hdfs_pid" 2>/dev/null || lc_die "HDFS did not start: see $state/logs/hdfs.log"
  sleep 0.1
done
[[ -f "$state/hdfs.uri" ]] || lc_die "HDFS not up after 120 s: see $state/logs/hdfs.log"
hdfs_uri="$(cat "$state/hdfs.uri")"
# A Hadoop conf dir naming it, for Hadoop's own tools (the hdfs script runs FsShell with it).
mkdir -p "$state/hadoop-conf"
cat > "$state/hadoop-conf/core-site.xml" <<XML
<?xml version="1.0"?>
<configuration>
  <property><name>fs.defaultFS</name><value>$hdfs_uri</value></property>
</configuration>
XML
cat > "$state/hadoop-conf/hdfs-site.xml" <<XML
<?xml version="1.0"?>
<configuration>
  <property><name>dfs.replication</name><value>1</value></property>
</configuration>
XML

"$home/bin/spark-class" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$master_port" --webui-port 0 > "$state/logs/master.log" 2>&1 &
echo $! > "$state/pids/master.pid"
master_pid=$!
lc_wait_for "$state/logs/master.log" 'Starting Spark master at spark://' 120 "$master_pid" \
  || lc_die "the Master did not start: see $state/logs/master.log"
master_url="$(grep -oE 'spark://[0-9.]+:[0-9]+' "$state/logs/master.log" | head -n 1)"
echo "$master_url" > "$state/master.url"

cat > "$home/conf/spark-defaults.conf" <<DEFAULTS
# Written by deploy/local-cluster/start.sh for this cluster.
spark.master                   $master_url
spark.driver.host              127.0.0.1
spark.driver.bindAddress       127.0.0.1
spark.ui.port                  0
spark.hadoop.fs.defaultFS      $hdfs_uri
# one DataNode: one replica (the client decides a file's replication)
spark.hadoop.dfs.replication   1
# The jobs jar on the executors' system class path (DL4J's oneDNN check loads our
# org.nd4j.nativeblas.Nd4jCpu\$Environment through the system class loader): a real cluster has
# it at one path on every node, here the build's.
spark.executor.extraClassPath  $lc_jar
DEFAULTS

for ((w = 1; w <= workers; w++)); do
  mkdir -p "$state/worker-$w/work" "$state/worker-$w/local"
  SPARK_LOCAL_DIRS="$state/worker-$w/local" "$home/bin/spark-class" \
    org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
    --cores "$cores" --memory "$memory" --work-dir "$state/worker-$w/work" "$master_url" \
    > "$state/logs/worker-$w.log" 2>&1 &
  echo $! > "$state/pids/worker-$w.pid"
done
for ((w = 1; w <= workers; w++)); do
  lc_wait_for "$state/logs/worker-$w.log" 'Successfully registered with master' 120 \
    "$(cat "$state/pids/worker-$w.pid")" \
    || lc_die "worker $w did not register: see $state/logs/worker-$w.log"
done

cat > "$state/env" <<ENV
export SPARK_HOME=$(printf '%q' "$home")
export SPARK_DENOISE_MASTER=$(printf '%q' "$master_url")
export SPARK_DENOISE_HDFS=$(printf '%q' "$hdfs_uri")
ENV
echo "local cluster up: master $master_url, hdfs $hdfs_uri, $workers workers x $cores cores x $memory; state $state"
