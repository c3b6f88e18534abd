import torch

torch.manual_seed(0)

x, y = torch.randn(16, 3), torch.randn(16, 1)
w = (torch.randn(3, 1) * 0.01).requires_grad_()  # (1)!
print("w.is_leaf:", w.is_leaf)

prediction = x @ w
prediction.retain_grad()  # (2)!
loss = ((prediction - y) ** 2).mean()
loss.backward()
print("w.grad:", w.grad.flatten())
print("prediction.grad shape:", tuple(prediction.grad.shape))
