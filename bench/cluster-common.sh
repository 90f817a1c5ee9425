# Shared by the cluster bench scripts (sourced): the executor memory sampler.
#
# sample_executors STATE OUT: every 5 s until killed, one line per executor JVM of the local
# cluster in STATE: epoch seconds, pid, VmRSS and VmHWM (peak RSS) in KiB from /proc, the Java heap
# in use in KiB (jcmd GC.heap_info), and the memory the JVM itself has committed in KiB (jcmd
# VM.native_memory: heap, metaspace, threads, code, GC; needs -XX:NativeMemoryTracking=summary).
# JavaCPP's off-heap (ND4J arrays, oneDNN scratch) is malloc'ed by native code that the JVM does
# not track: RSS minus the JVM's committed memory estimates it.
sample_executors() {
  local state="$1" out="$2" pid rss hwm heap nmt
  source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local-cluster/common.sh"
  while true; do
    for pid in $(lc_executors "$state"); do
      rss="$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null)" || continue
      hwm="$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null)" || continue
      heap="$(jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*total \([0-9]*\)K, used \([0-9]*\)K.*/\2/p' | head -n 1)"
      nmt="$(jcmd "$pid" VM.native_memory summary 2>/dev/null | sed -n 's/^Total: reserved=\([0-9]*\)KB, committed=\([0-9]*\)KB.*/\2/p')"
      echo "$(date +%s) $pid ${rss:-0} ${hwm:-0} ${heap:-0} ${nmt:-0}" >> "$out"
    done
    sleep 5
  done
}

# peaks FILE: the largest RSS, peak RSS, heap used, JVM committed and RSS - committed, in MiB.
peaks() {
  awk '{ if ($3 > rss) rss = $3; if ($4 > hwm) hwm = $4; if ($5 > heap) heap = $5;
         if ($6 > nmt) nmt = $6; if ($6 > 0 && $3 - $6 > off) off = $3 - $6 }
       END { printf "%d %d %d %d %d\n", rss / 1024, hwm / 1024, heap / 1024, nmt / 1024, off / 1024 }' "$1"
}
