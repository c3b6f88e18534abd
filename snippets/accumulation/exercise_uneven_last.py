import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)

x, y = torch.randn(10, 3), torch.randn(10, 1)
loader = DataLoader(TensorDataset(x, y), batch_size=4)
loss_fn = torch.nn.MSELoss()
w = torch.zeros(3, 1, requires_grad=True)

loss_fn(x @ w, y).backward()
big_batch = w.grad.clone()
print("mini-batch sizes:", [len(xb) for xb, _ in loader])

weightings = {
    "loss / len(loader)": lambda xb: 1 / len(loader),
    "loss * len(xb) / len(x)": lambda xb: len(xb) / len(x),
}
for name, weight in weightings.items():
    w.grad = None
    for xb, yb in loader:
        (loss_fn(xb @ w, yb) * weight(xb)).backward()
    print(f"{name:<24} equals one batch of 10: {torch.allclose(w.grad, big_batch)}")
